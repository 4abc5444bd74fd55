/// How far the operator has come with the exit chord (Ctrl-X, Ctrl-Q, password).
public enum OperatorExit: Equatable, Sendable {
    /// Nothing started.
    case idle
    /// Ctrl-X was pressed; Ctrl-Q next opens the password prompt, any other key cancels.
    case chordStarted
    /// The password prompt is open with what has been typed (shown masked).
    case enteringPassword(String)
    /// Waiting for `.operatorPasswordChecked`.
    case checking

    /// True while the password prompt is on screen.
    public var isPromptOpen: Bool {
        switch self {
        case .enteringPassword, .checking: true
        case .idle, .chordStarted: false
        }
    }
}
