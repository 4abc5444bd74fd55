/// Which SGR codes force black and white when printing a QR code to a terminal.
public enum ANSIColorMode: Sendable, CaseIterable {
    /// 256-colour palette: black is 16, white 231; exact on most terminals.
    case palette256
    /// Basic 8 colours: black 30/40, white 37/47 (which some themes dim to grey).
    case basic8

    /// The escape sequence selecting black foreground on white background.
    public var darkOnLight: String { colors(ink: .dark, paper: .light) }

    /// The escape sequence selecting `ink` as the foreground and `paper` as the background.
    public func colors(ink: QRShade, paper: QRShade) -> String {
        switch self {
        case .palette256: "\u{1B}[38;5;\(Self.palette(ink))m\u{1B}[48;5;\(Self.palette(paper))m"
        case .basic8: "\u{1B}[\(30 + Self.basic(ink));\(40 + Self.basic(paper))m"
        }
    }

    /// The escape sequence restoring the terminal's own colours.
    public static let reset = "\u{1B}[0m"

    private static func palette(_ shade: QRShade) -> Int { shade.isDark ? 16 : 231 }
    private static func basic(_ shade: QRShade) -> Int { shade.isDark ? 0 : 7 }
}
