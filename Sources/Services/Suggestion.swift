import TextSafety

/// "Did you mean …?" for misspelt keys: the known key at the smallest edit distance, if close.
enum Suggestion {
    /// The nearest candidate (ignoring case) when it is within 3 edits, or within half the word's
    /// length (`maxLength` → `maximumLength`); nil when none is close.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(Array(word.lowercased()), Array($0.lowercased()))) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }), best.1 <= max(3, word.count / 2) else { return nil }
        return best.0
    }

    /// Levenshtein distance.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, cb) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// Text from a definition file put into a problem message: control characters and escape
/// sequences removed, long text shortened, so a hostile file cannot paint the operator's terminal.
enum Quoted {
    /// Sanitised and at most 60 characters.
    static func safe(_ text: String) -> String {
        let clean = TextSanitizer.forTerminal(text)
        return clean.count > 60 ? String(clean.prefix(57)) + "..." : clean
    }
}
