/// Which SGR codes force black-on-white when printing a QR code to a terminal.
public enum ANSIColorMode: Sendable, CaseIterable {
    /// 256-colour palette: foreground 16 (black), background 231 (white); exact on most terminals.
    case palette256
    /// Basic 8 colours: foreground 30 (black), background 47 (white, which some themes dim to grey).
    case basic8

    /// The escape sequence selecting black foreground on white background.
    public var darkOnLight: String {
        switch self {
        case .palette256: "\u{1B}[38;5;16m\u{1B}[48;5;231m"
        case .basic8: "\u{1B}[30;47m"
        }
    }

    /// The escape sequence restoring the terminal's own colours.
    public static let reset = "\u{1B}[0m"
}
