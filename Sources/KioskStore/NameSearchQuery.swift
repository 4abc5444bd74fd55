import IdentityCore

/// A typed search turned into index keys and safe full-text expressions.
///
/// Only keys reach FTS5 (letters and digits, or Urdu letters, each quoted), so quotes, stars,
/// brackets and words like AND or NEAR in the user's text can never make a query fail.
struct NameSearchQuery {
    /// The words searched for, at most `maxWords`; one-letter Latin words are dropped unless last (typing).
    let words: [NameKey.Word]

    static let maxWords = 6

    /// The steps of a search, closest matches first; a later step runs only when earlier ones found too few.
    enum Step: CaseIterable {
        /// Every word's exact key, in the citizen's own name.
        case exactInName
        /// As before, the last word as a prefix (partial typing).
        case prefixInName
        /// Words may match in the name or in the father's or husband's name.
        case anywhere
    }

    /// Nil when the text has no usable word.
    init?(_ text: String) {
        let all = NameKey.words(in: text)
        var kept: [NameKey.Word] = []
        for (index, word) in all.enumerated() where word.script == .urdu || word.spelling.count > 1 || index == all.count - 1 {
            kept.append(word)
        }
        guard !kept.isEmpty else { return nil }
        words = Array(kept.prefix(NameSearchQuery.maxWords))
    }

    /// The FTS5 MATCH expression for a step, limited to a district when given.
    func matchExpression(_ step: Step, district: Int?) -> String {
        var terms: [String] = []
        for (index, word) in words.enumerated() {
            let star = step != .exactInName && index == words.count - 1 ? " *" : ""
            let own = NameSearchQuery.quoted(word.key) + star
            if step == .anywhere {
                terms.append("(\(own) OR \(NameSearchQuery.quoted(SearchDocument.guardianToken(word.key)) + star))")
            } else {
                terms.append(own)
            }
        }
        if let district { terms.append(NameSearchQuery.quoted(SearchDocument.placeToken(district))) }
        return terms.joined(separator: " AND ")
    }

    private static func quoted(_ token: String) -> String {
        "\"" + token.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
