/// Renders each module as two columns (`##` dark, two spaces light), one row per module: for plain terminals.
public struct ASCIIRenderer: QRRenderer {
    /// Glyph used for both columns of a dark module.
    public static let dark: Character = "#"

    /// Light modules drawn around the symbol on every side.
    public let quietZone: Int

    /// Makes a renderer with `quietZone` light modules on every side (4 by the QR standard).
    public init(quietZone: Int = 4) {
        precondition(quietZone >= 0, "quiet zone cannot be negative")
        self.quietZone = quietZone
    }

    /// `2 × (size + 2 × quiet zone)` columns by `size + 2 × quiet zone` rows.
    public func render(_ matrix: QRMatrix) -> QRCellGrid {
        let side = matrix.size + 2 * quietZone
        let rows = (0..<side).map { row in
            (0..<side).flatMap { column in
                let cell = QRCell(
                    glyph: matrix.isDark(row: row - quietZone, col: column - quietZone) ? Self.dark : " ")
                return [cell, cell]
            }
        }
        return QRCellGrid(rows: rows)
    }
}
