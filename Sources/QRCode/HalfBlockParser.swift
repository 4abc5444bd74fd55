/// Reads half-block text (the inverse of `HalfBlockRenderer`) back into QR modules, e.g. from a captured screen.
public enum HalfBlockParser {
    /// Modules of every line, two per character top over bottom, quiet zone included; escape
    /// sequences are dropped and short lines padded with light modules to the longest line.
    public static func moduleRows(_ lines: [String]) throws(HalfBlockParseError) -> [[Bool]] {
        let glyphRows = lines.map { Array(TerminalEscapes.strip($0)) }
        let width = glyphRows.map(\.count).max() ?? 0
        var rows: [[Bool]] = []
        for (lineIndex, glyphs) in glyphRows.enumerated() {
            var top = [Bool](repeating: false, count: width)
            var bottom = top
            for (column, glyph) in glyphs.enumerated() {
                switch glyph {
                case HalfBlockRenderer.fullBlock: (top[column], bottom[column]) = (true, true)
                case HalfBlockRenderer.upperHalf: top[column] = true
                case HalfBlockRenderer.lowerHalf: bottom[column] = true
                case HalfBlockRenderer.blank: break
                default: throw .unexpectedGlyph(glyph, line: lineIndex, column: column)
                }
            }
            rows.append(top)
            rows.append(bottom)
        }
        return rows
    }

    /// The symbol (cropped to its dark modules, version from its size, level from its format
    /// information) and the light margins found around it.
    public static func parse(_ lines: [String]) throws(HalfBlockParseError) -> (matrix: QRMatrix, margins: QRMargins) {
        let rows = try moduleRows(lines)
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
    /// Rebuilds a symbol from half-block lines (quiet zone and escape sequences allowed); see `HalfBlockParser`.
    public init(halfBlockLines lines: [String]) throws(HalfBlockParseError) {
        self = try HalfBlockParser.parse(lines).matrix
    }
}
