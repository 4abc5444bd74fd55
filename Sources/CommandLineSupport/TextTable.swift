import TextSafety

/// Aligned columns for terminal tables: a header and one line per row, two spaces between columns.
/// Every cell is sanitised (`TextSanitizer.forTerminal`): cells come from data.
public enum TextTable {
    public static func lines(header: [String], rows: [[String]]) -> [String] {
        let clean = rows.map { $0.map(TextSanitizer.forTerminal) }
        let widths = header.indices.map { column in ([header] + clean).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }
        return [line(header)] + clean.map(line)
    }
}
