/// Renders one module per column and two per row with `▀ ▄ █` and space: compact, needs Unicode glyphs.
public struct HalfBlockRenderer: QRRenderer {
    /// Top module dark only.
    public static let upperHalf: Character = "▀"
    /// Bottom module dark only.
    public static let lowerHalf: Character = "▄"
    /// Both modules dark.
    public static let fullBlock: Character = "█"
    /// Both modules light.
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
                return QRCell(glyph: Self.glyph(top: top, bottom: bottom))
            }
        }
        return QRCellGrid(rows: rows)
    }

    /// The glyph for a pair of modules, top over bottom.
    public static func glyph(top: Bool, bottom: Bool) -> Character {
        switch (top, bottom) {
        case (true, true): fullBlock
        case (true, false): upperHalf
        case (false, true): lowerHalf
        case (false, false): blank
        }
    }
}
