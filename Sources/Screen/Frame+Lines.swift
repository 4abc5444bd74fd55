extension Frame {
    /// The frame as plain text, one string per row, every row exactly `width` columns wide
    /// (continuation cells add nothing: their wide grapheme already spans them). For snapshot tests.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width where !cells[row * width + column].isContinuation {
                line.append(cells[row * width + column].grapheme)
            }
            return line
        }
    }

    /// `lines` with trailing spaces removed from every row: shorter to write in test expectations.
    public var trimmedLines: [String] {
        lines.map { line in
            var trimmed = line
            while trimmed.last == " " { trimmed.removeLast() }
            return trimmed
        }
    }

    /// All rows joined by newlines.
    public var text: String { lines.joined(separator: "\n") }
}
