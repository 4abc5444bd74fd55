/// A width × height grid of `Cell`s: what the screen should show. Value type; drawing is mutation.
///
/// Invariant kept by every writer: a wide grapheme occupies its cell and a continuation cell to
/// its right, and no continuation cell exists without its wide grapheme. Overwriting either half
/// of a wide grapheme blanks the other half.
public struct Frame: Hashable, Sendable {
    /// Number of columns.
    public let width: Int
    /// Number of rows.
    public let height: Int
    /// Row-major cells.
    public private(set) var cells: [Cell]

    /// A frame of blank cells filled with `background`.
    public init(width: Int, height: Int, background: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        var blank = background
        blank.isContinuation = false
        self.cells = Array(repeating: blank, count: self.width * self.height)
    }

    /// A frame of blank cells the size of `size`.
    public init(size: TerminalSize, background: Cell = .blank) {
        self.init(width: size.width, height: size.height, background: background)
    }

    /// The size of the frame.
    public var size: TerminalSize { TerminalSize(width: width, height: height) }

    /// The whole frame as a rectangle at (0, 0).
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// True when (`x`, `y`) lies inside the frame.
    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// The cell at column `x`, row `y` (must be inside the frame).
    public subscript(x: Int, y: Int) -> Cell {
        precondition(contains(x: x, y: y), "cell (\(x), \(y)) outside \(width)×\(height) frame")
        return cells[y * width + x]
    }

    /// Writes one grapheme of display width 1 or 2 at (`x`, `y`), keeping the wide-character
    /// invariant. A wide grapheme that would not fit before the right edge becomes a blank.
    /// Out-of-bounds positions and zero-width graphemes are ignored.
    public mutating func set(_ grapheme: Character, x: Int, y: Int, style: Style = .plain) {
        let columns = DisplayWidth.of(grapheme)
        guard columns > 0, contains(x: x, y: y) else { return }
        if columns == 2 && x + 1 >= width {
            place(" ", columns: 1, x: x, y: y, style: style)
        } else {
            place(grapheme, columns: columns, x: x, y: y, style: style)
        }
    }

    /// Stores a grapheme known to fit, blanking halves of wide graphemes it overwrites.
    mutating func place(_ grapheme: Character, columns: Int, x: Int, y: Int, style: Style) {
        breakWide(atX: x, y: y)
        if columns == 2 { breakWide(atX: x + 1, y: y) }
        let index = y * width + x
        cells[index] = Cell(grapheme, style: style)
        if columns == 2 { cells[index + 1] = .continuation(style: style) }
    }

    /// If (x, y) is half of a wide grapheme, turns the other half into a blank of the same style.
    private mutating func breakWide(atX x: Int, y: Int) {
        let index = y * width + x
        if cells[index].isContinuation {
            if x > 0 { cells[index - 1] = Cell(" ", style: cells[index - 1].style) }
            cells[index].isContinuation = false
            cells[index].grapheme = " "
        } else if x + 1 < width && cells[index + 1].isContinuation {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
    }
}
