/// One character cell of a `Frame`: a grapheme and its style.
///
/// A wide grapheme (display width 2) lives in its left cell; the cell to its right is a
/// *continuation* cell that holds no glyph of its own and carries the same style.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown in this cell (a space for blank and continuation cells).
    public var grapheme: Character
    /// Foreground colour.
    public var foreground: Color
    /// Background colour.
    public var background: Color
    /// Bold, reverse, underline, dim.
    public var attributes: TextAttributes
    /// True for the right half of a wide grapheme that starts in the cell to the left.
    public var isContinuation: Bool

    /// A cell showing `grapheme` in `style`.
    public init(_ grapheme: Character = " ", style: Style = .plain) {
        self.grapheme = grapheme
        self.foreground = style.foreground
        self.background = style.background
        self.attributes = style.attributes
        self.isContinuation = false
    }

    /// The right half of a wide grapheme, styled like its left half.
    public static func continuation(style: Style) -> Cell {
        var cell = Cell(" ", style: style)
        cell.isContinuation = true
        return cell
    }

    /// A blank cell with default colours.
    public static let blank = Cell()

    /// The colours and attributes of this cell.
    public var style: Style {
        get { Style(foreground: foreground, background: background, attributes: attributes) }
        set {
            foreground = newValue.foreground
            background = newValue.background
            attributes = newValue.attributes
        }
    }
}
