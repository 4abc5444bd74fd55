import IdentityCore

/// Scores a candidate against the query: exact key in the name beats a key prefix, which beats a
/// match only in the guardian's name; closer raw spellings win among equals.
struct NameMatchRanker {
    let query: NameSearchQuery
    private let needsLatin: Bool
    private let needsUrdu: Bool

    init(_ query: NameSearchQuery) {
        self.query = query
        needsLatin = query.words.contains { $0.script == .latin }
        needsUrdu = query.words.contains { $0.script == .urdu }
    }

    /// The candidate's score and where the words matched; nil when a query word matches nowhere.
    func score(nameLatin: String, nameUrdu: String, guardianLatin: String, guardianUrdu: String) -> (Int, NameMatch.Place)? {
        let nameWords = words(latin: nameLatin, urdu: nameUrdu)
        let guardianWords = words(latin: guardianLatin, urdu: guardianUrdu)
        var total = 0
        var inName = 0, inGuardian = 0
        for (index, word) in query.words.enumerated() {
            let isLast = index == query.words.count - 1
            let own = best(word, among: nameWords, exact: 1000, prefix: 600, allowPrefix: isLast)
            if own > 0 {
                total += own
                inName += 1
                continue
            }
            let guardian = best(word, among: guardianWords, exact: 300, prefix: 200, allowPrefix: isLast)
            guard guardian > 0 else { return nil }
            total += guardian
            inGuardian += 1
        }
        if let first = query.words.first, let firstName = nameWords.first(where: { $0.script == first.script }), firstName.key == first.key {
            total += 50 // "Irfan Khan" ranks Irfan Khan above Khan Irfan
        }
        let place: NameMatch.Place = inGuardian == 0 ? .name : (inName == 0 ? .guardian : .nameAndGuardian)
        return (total, place)
    }

    private func words(latin: String, urdu: String) -> [NameKey.Word] {
        (needsLatin ? NameKey.words(in: latin) : []) + (needsUrdu ? NameKey.words(in: urdu) : [])
    }

    private func best(_ word: NameKey.Word, among candidates: [NameKey.Word], exact: Int, prefix: Int, allowPrefix: Bool) -> Int {
        var best = 0
        for candidate in candidates where candidate.script == word.script {
            if candidate.key == word.key {
                best = max(best, exact - 10 * min(SpellingDistance.between(word.spelling, candidate.spelling), 30))
            } else if allowPrefix && candidate.key.hasPrefix(word.key) {
                let typed = String(candidate.spelling.unicodeScalars.prefix(word.spelling.unicodeScalars.count))
                best = max(best, prefix - 10 * min(SpellingDistance.between(word.spelling, typed), 30))
            }
        }
        return best
    }
}

/// Levenshtein distance between two short words, by Unicode scalar.
enum SpellingDistance {
    static func between(_ a: String, _ b: String) -> Int {
        if a == b { return 0 }
        let left = Array(a.unicodeScalars), right = Array(b.unicodeScalars)
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for i in 1...left.count {
            current[0] = i
            for j in 1...right.count {
                let substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[right.count]
    }
}
