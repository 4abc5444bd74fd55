/// One terminal cell of a rendered QR code: a single-column glyph, the shade of its glyph (ink) and
/// the shade behind it (paper). Both shades are forced, black and white whatever the terminal theme.
public struct QRCell: Equatable, Sendable {
    /// The glyph, exactly one terminal column wide.
    public let glyph: Character
    /// The colour of the glyph's strokes.
    public let ink: QRShade
    /// The colour behind the glyph, which also shows wherever the glyph falls short of its cell.
    public let paper: QRShade

    /// Makes a cell; by default dark ink on light paper.
    public init(glyph: Character, ink: QRShade = .dark, paper: QRShade = .light) {
        self.glyph = glyph
        self.ink = ink
        self.paper = paper
    }

    /// The two modules a viewer sees in this cell (top over bottom) when it is read as a half-block cell:
    /// a space or anything unknown shows the paper, `█` the ink, `▀`/`▄` ink in one half and paper in the other.
    public var halfBlockModules: (top: QRShade, bottom: QRShade) {
        switch glyph {
        case HalfBlockRenderer.fullBlock: (ink, ink)
        case HalfBlockRenderer.upperHalf: (ink, paper)
        case HalfBlockRenderer.lowerHalf: (paper, ink)
        default: (paper, paper)
        }
    }
}
