import Screen

/// Splits text into rows of at most a given display width, at spaces where it can.
enum TextWrap {
    /// Rows of `text` no wider than `width`; text that fits stays as it is (spacing kept), words
    /// longer than a row are cut. No rows for width ≤ 0 or blank text.
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        if DisplayWidth.of(text) <= width, !text.allSatisfy({ $0 == " " }) { return [text] }
        var rows: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if DisplayWidth.of(candidate) <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { rows.append(current) }
            current = ""
            var rest = word
            while DisplayWidth.of(rest) > width {
                var piece = DisplayWidth.prefix(rest, fittingIn: width)
                if piece.isEmpty { piece = String(rest.first!) }
                rows.append(piece)
                rest.removeFirst(piece.count)
            }
            current = rest
        }
        if !current.isEmpty { rows.append(current) }
        return rows
    }
}
