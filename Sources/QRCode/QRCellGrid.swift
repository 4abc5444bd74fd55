/// A rectangle of terminal cells showing a QR code, neutral to how it reaches the screen.
public struct QRCellGrid: Equatable, Sendable {
    /// Rows of cells, top to bottom; every row has `width` cells.
    public let rows: [[QRCell]]

    /// Makes a grid; all rows must be the same length.
    public init(rows: [[QRCell]]) {
        precondition(rows.allSatisfy { $0.count == rows.first?.count }, "QRCellGrid rows must be equally long")
        self.rows = rows
    }

    /// Columns per row.
    public var width: Int { rows.first?.count ?? 0 }

    /// Number of rows.
    public var height: Int { rows.count }

    /// The glyphs of each row as plain text, without colours.
    public var textLines: [String] {
        rows.map { String($0.map(\.glyph)) }
    }
}
