/// One cell that differs between two frames: its position and its new content.
public struct CellChange: Hashable, Sendable {
    /// Column.
    public let x: Int
    /// Row.
    public let y: Int
    /// The new cell.
    public let cell: Cell

    /// A change at (`x`, `y`) to `cell`.
    public init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}

extension Frame {
    /// The cells of this frame that differ from `previous`, in row-major order. When the sizes
    /// differ (or there is no previous frame) every cell counts as changed.
    ///
    /// Continuation cells are listed too when they change; a backend writes the wide grapheme
    /// from its left cell and skips continuation cells.
    public func changes(from previous: Frame?) -> [CellChange] {
        var result: [CellChange] = []
        let comparable = previous.map { $0.width == width && $0.height == height } ?? false
        for index in cells.indices {
            if comparable, let previous, previous.cells[index] == cells[index] { continue }
            result.append(CellChange(x: index % width, y: index / width, cell: cells[index]))
        }
        return result
    }
}
