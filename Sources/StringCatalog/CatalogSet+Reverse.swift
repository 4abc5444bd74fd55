/// Finding the catalog text another module already wrote in English (a validation message from
/// `Services`), so it can be shown in the chosen language.
extension CatalogSet {
    /// The key among those starting with one of `prefixes` whose English text matches `english`, its
    /// `{name}` placeholders standing for any text, and what each placeholder matched; nil when none does.
    public func key(matchingEnglish english: String, prefixes: [String]) -> (key: String, values: [String: String])? {
        guard let reference else { return nil }
        for (key, template) in reference.texts.sorted(by: { $0.key < $1.key }) where prefixes.contains(where: key.hasPrefix) {
            if let values = Self.match(english, template: template) { return (key, values) }
        }
        return nil
    }

    /// The values of `template`'s placeholders when `text` is `template` filled in, else nil. Each
    /// placeholder takes the text up to the first place the literal after it follows (the last one,
    /// the text up to the template's end); a placeholder never matches empty text.
    static func match(_ text: String, template: String) -> [String: String]? {
        // literals[0] {names[0]} literals[1] {names[1]} … literals[n]
        var literals: [String] = [], names: [String] = []
        var pattern = template[...]
        while let open = pattern.firstIndex(of: "{"), let close = pattern[open...].firstIndex(of: "}") {
            literals.append(String(pattern[..<open]))
            names.append(String(pattern[pattern.index(after: open)..<close]))
            pattern = pattern[pattern.index(after: close)...]
        }
        literals.append(String(pattern))
        var rest = text[...]
        guard rest.hasPrefix(literals[0]) else { return nil }
        rest = rest.dropFirst(literals[0].count)
        var values: [String: String] = [:]
        for (index, name) in names.enumerated() {
            let next = literals[index + 1]
            if index == names.count - 1 {
                guard rest.hasSuffix(next), rest.count > next.count else { return nil }
                values[name] = String(rest.dropLast(next.count))
                return values
            }
            guard !next.isEmpty, let found = rest.range(of: next), found.lowerBound > rest.startIndex else { return nil }
            values[name] = String(rest[..<found.lowerBound])
            rest = rest[found.upperBound...]
        }
        return rest.isEmpty ? values : nil
    }
}
