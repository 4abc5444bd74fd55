/// Renders one module per column and two per row, so that no font can stripe the code.
///
/// A glyph may stop short of its cell (DejaVu Sans Mono's block elements leave a pixel row at the top
/// of the cell in xterm), so a module's colour must not depend on the glyph reaching the cell's edge:
/// - a cell whose two modules match is a space with the module's colour as its background;
/// - a mixed cell is `▄` drawn in the bottom module's colour on the top module's colour, so a strip
///   the glyph leaves uncovered at the top shows the background, which is the top module's colour.
/// Every cell is forced black and white, and the quiet zone is kept.
public struct HalfBlockRenderer: QRRenderer {
    /// Top module dark only (the classic rendering; read back by `HalfBlockParser`).
    public static let upperHalf: Character = "▀"
    /// The glyph of every mixed cell: it covers the bottom half.
    public static let lowerHalf: Character = "▄"
    /// Both modules dark (the classic rendering; read back by `HalfBlockParser`).
    public static let fullBlock: Character = "█"
    /// A cell that shows only its background.
    public static let blank: Character = " "

    /// Light modules drawn around the symbol on every side.
    public let quietZone: Int

    /// Makes a renderer with `quietZone` light modules on every side (4 by the QR standard).
    public init(quietZone: Int = 4) {
        precondition(quietZone >= 0, "quiet zone cannot be negative")
        self.quietZone = quietZone
    }

    /// `(size + 2 × quiet zone)` columns by half as many rows, rounded up; a missing last half is light.
    public func render(_ matrix: QRMatrix) -> QRCellGrid {
        let side = matrix.size + 2 * quietZone
        let rowCount = (side + 1) / 2
        let rows = (0..<rowCount).map { cellRow in
            (0..<side).map { column in
                let top = matrix.isDark(row: 2 * cellRow - quietZone, col: column - quietZone)
                let bottom = matrix.isDark(row: 2 * cellRow + 1 - quietZone, col: column - quietZone)
                return Self.cell(top: QRShade(dark: top), bottom: QRShade(dark: bottom))
            }
        }
        return QRCellGrid(rows: rows)
    }

    /// The cell for a pair of modules, top over bottom: a blank on the shared colour, or `▄` in the
    /// bottom colour on the top colour.
    public static func cell(top: QRShade, bottom: QRShade) -> QRCell {
        top == bottom
            ? QRCell(glyph: blank, ink: top, paper: top)
            : QRCell(glyph: lowerHalf, ink: bottom, paper: top)
    }
}
