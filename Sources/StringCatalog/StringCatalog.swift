import Foundation

/// One language's words for every screen: a file in `Assets/strings/` (e.g. `ur.json`), keys to texts
/// with `{name}` placeholders. Adding a language is adding a file.
public struct StringCatalog: Equatable, Sendable {
    /// The language code, also the file's name: `en`, `ur`, `ps`, `ur-Latn`.
    public let code: String
    /// The language's own name, in its own script (`اردو`), as the language chooser shows it.
    public let name: String
    /// Which way its screens read.
    public let direction: TextDirection
    /// True when its texts need Arabic script (which the Linux console cannot show).
    public let needsArabicScript: Bool
    /// The catalog shown instead on a terminal that cannot show Arabic script (e.g. `ur-Latn`).
    public let fallback: String?
    /// Key → text.
    public let texts: [String: String]

    /// A catalog.
    public init(code: String, name: String, direction: TextDirection, needsArabicScript: Bool, fallback: String? = nil, texts: [String: String]) {
        self.code = code
        self.name = name
        self.direction = direction
        self.needsArabicScript = needsArabicScript
        self.fallback = fallback
        self.texts = texts
    }

    /// The text for `key` with its placeholders filled from `values`, or nil when the key is missing.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String? {
        texts[key].map { Placeholders.fill($0, with: values) }
    }
}

/// The reading direction of a language's screens.
public enum TextDirection: String, Codable, Equatable, Sendable {
    /// English, Roman Urdu.
    case leftToRight = "ltr"
    /// Urdu, Pashto: labels on the right, lists numbered on the right.
    case rightToLeft = "rtl"
}

/// `{name}` placeholders: finding and filling them.
public enum Placeholders {
    /// The placeholder names in `text`, e.g. `["name", "count"]` for "{name} has {count}".
    public static func names(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber }) { names.insert(String(name)) }
            rest = after[after.index(after: close)...]
        }
        return names
    }

    /// `text` with every `{name}` replaced by `values[name]` (placeholders without a value stay as they are).
    public static func fill(_ text: String, with values: [String: String]) -> String {
        guard !values.isEmpty, text.contains("{") else { return text }
        var result = text
        for (name, value) in values { result = result.replacingOccurrences(of: "{\(name)}", with: value) }
        return result
    }
}
