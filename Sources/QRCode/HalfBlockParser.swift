/// Reads half-block cells (the inverse of `HalfBlockRenderer`) back into QR modules, e.g. from a captured
/// screen: each cell's glyph together with its foreground and background shade gives its two modules.
/// Lines may carry SGR colour sequences; where none is set, glyphs are dark on light (so the classic
/// `▀ ▄ █` text reads as before).
public enum HalfBlockParser {
    /// Modules of every line, two per character top over bottom, quiet zone included; escape
    /// sequences are read for their colours and short lines padded with light modules to the longest line.
    public static func moduleRows(_ lines: [String]) throws(HalfBlockParseError) -> [[Bool]] {
        try moduleRows(cells: ShadedLineReader.cells(lines))
    }

    /// Modules of rows of cells, two per cell top over bottom; short rows padded with light modules.
    public static func moduleRows(cells: [[QRCell]]) throws(HalfBlockParseError) -> [[Bool]] {
        let width = cells.map(\.count).max() ?? 0
        var rows: [[Bool]] = []
        for (lineIndex, row) in cells.enumerated() {
            var top = [Bool](repeating: false, count: width)
            var bottom = top
            for (column, cell) in row.enumerated() {
                guard Self.glyphs.contains(cell.glyph) else {
                    throw .unexpectedGlyph(cell.glyph, line: lineIndex, column: column)
                }
                let modules = cell.halfBlockModules
                (top[column], bottom[column]) = (modules.top.isDark, modules.bottom.isDark)
            }
            rows.append(top)
            rows.append(bottom)
        }
        return rows
    }

    /// The glyphs a half-block cell may hold.
    static let glyphs: Set<Character> = [
        HalfBlockRenderer.fullBlock, HalfBlockRenderer.upperHalf, HalfBlockRenderer.lowerHalf, HalfBlockRenderer.blank,
    ]

    /// The symbol (cropped to its dark modules, version from its size, level from its format
    /// information) and the light margins found around it.
    public static func parse(_ lines: [String]) throws(HalfBlockParseError) -> (matrix: QRMatrix, margins: QRMargins) {
        try symbol(in: moduleRows(lines))
    }

    /// As `parse(_:)`, from cells whose shades are known (e.g. a frame's cells).
    public static func parse(cells: [[QRCell]]) throws(HalfBlockParseError) -> (matrix: QRMatrix, margins: QRMargins) {
        try symbol(in: moduleRows(cells: cells))
    }

    private static func symbol(in rows: [[Bool]]) throws(HalfBlockParseError) -> (matrix: QRMatrix, margins: QRMargins) {
        let darkRows = rows.indices.filter { rows[$0].contains(true) }
        let darkColumns = (0..<(rows.first?.count ?? 0)).filter { column in rows.contains { $0[column] } }
        guard let top = darkRows.first, let bottom = darkRows.last,
            let left = darkColumns.first, let right = darkColumns.last
        else { throw .noDarkModules }

        let width = right - left + 1
        let height = bottom - top + 1
        guard width == height else { throw .notSquare(width: width, height: height) }
        guard let version = QRMatrix.version(forSize: width) else { throw .notASymbolSize(width) }

        let symbol = rows[top...bottom].map { Array($0[left...right]) }
        let margins = QRMargins(
            top: top, left: left, bottom: rows.count - 1 - bottom, right: rows[0].count - 1 - right)
        let unlabeled = QRMatrix(rows: symbol)
        let matrix = QRMatrix(rows: symbol, version: version, errorCorrection: QRFormatInfo.level(of: unlabeled))
        return (matrix, margins)
    }
}

extension QRMatrix {
    /// Rebuilds a symbol from half-block lines (quiet zone and colour escapes allowed); see `HalfBlockParser`.
    public init(halfBlockLines lines: [String]) throws(HalfBlockParseError) {
        self = try HalfBlockParser.parse(lines).matrix
    }
}
