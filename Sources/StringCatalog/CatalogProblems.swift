/// One thing wrong with a catalog, compared with English.
public struct CatalogProblem: Equatable, Sendable, CustomStringConvertible {
    /// What kind of problem.
    public enum Kind: Equatable, Sendable {
        /// English has the key, this catalog does not (English shows there).
        case missingKey
        /// This catalog has a key English does not (never shown).
        case extraKey
        /// The placeholders differ from English's (a value would be missing or show as `{name}`).
        case placeholders(expected: Set<String>, found: Set<String>)
        /// The fallback names a catalog that is not there.
        case unknownFallback(String)
        /// A text holds a control character (it would never reach a terminal).
        case controlCharacter
    }

    /// The catalog's language code.
    public let language: String
    /// The key concerned (empty for the catalog as a whole).
    public let key: String
    /// What is wrong.
    public let kind: Kind

    public var description: String {
        switch kind {
        case .missingKey: "\(language).json: \"\(key)\" is missing (English is shown instead)"
        case .extraKey: "\(language).json: \"\(key)\" is not in en.json (it is never shown)"
        case .placeholders(let expected, let found):
            "\(language).json: \"\(key)\" has placeholders \(Self.list(found)) where en.json has \(Self.list(expected))"
        case .unknownFallback(let code): "\(language).json: the fallback \"\(code)\" has no catalog"
        case .controlCharacter: "\(language).json: \"\(key)\" holds a control character"
        }
    }

    private static func list(_ names: Set<String>) -> String {
        names.isEmpty ? "none" : names.sorted().map { "{\($0)}" }.joined(separator: " ")
    }
}

extension CatalogSet {
    /// Every catalog compared with English: missing and extra keys, mismatched placeholders, unknown
    /// fallbacks, control characters; sorted by language and key.
    public func problems() -> [CatalogProblem] {
        guard let reference else { return [] }
        var problems: [CatalogProblem] = []
        for catalog in catalogs {
            if let fallback = catalog.fallback, self.catalog(fallback) == nil {
                problems.append(CatalogProblem(language: catalog.code, key: "", kind: .unknownFallback(fallback)))
            }
            for (key, text) in catalog.texts.sorted(by: { $0.key < $1.key }) {
                if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                    problems.append(CatalogProblem(language: catalog.code, key: key, kind: .controlCharacter))
                }
                guard catalog.code != reference.code else { continue }
                guard let english = reference.texts[key] else {
                    problems.append(CatalogProblem(language: catalog.code, key: key, kind: .extraKey))
                    continue
                }
                let expected = Placeholders.names(in: english), found = Placeholders.names(in: text)
                if expected != found {
                    problems.append(CatalogProblem(language: catalog.code, key: key, kind: .placeholders(expected: expected, found: found)))
                }
            }
            guard catalog.code != reference.code else { continue }
            for key in reference.texts.keys.sorted() where catalog.texts[key] == nil {
                problems.append(CatalogProblem(language: catalog.code, key: key, kind: .missingKey))
            }
        }
        return problems.sorted { ($0.language, $0.key) < ($1.language, $1.key) }
    }
}
