/// Why a terminal could not be started.
public enum TerminalError: Error, Equatable, Sendable {
    /// `newterm` failed: no usable terminal (TERM unset or unknown, or stdout is not a terminal).
    case cannotInitialize(term: String?)
}
