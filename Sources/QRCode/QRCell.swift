/// One terminal cell of a rendered QR code: a single-column glyph and its colour contract.
public struct QRCell: Equatable, Sendable {
    /// The glyph, exactly one terminal column wide.
    public let glyph: Character
    /// When `true`, draw this cell with foreground BLACK on background WHITE whatever the terminal
    /// theme, so dark modules always sit on a light background.
    public let forcedDarkOnLight: Bool

    /// Makes a cell; renderers in this module always force dark-on-light.
    public init(glyph: Character, forcedDarkOnLight: Bool = true) {
        self.glyph = glyph
        self.forcedDarkOnLight = forcedDarkOnLight
    }
}
