import Foundation

/// Every language the kiosk offers, English first as the reference every other catalog is checked
/// against; lookups fall back to English, then to the key itself, so a missing text never blanks a screen.
public struct CatalogSet: Equatable, Sendable {
    /// The code of the reference catalog.
    public static let referenceCode = "en"

    /// The catalogs: English, Urdu, Pashto first (in that order), any others by code.
    public let catalogs: [StringCatalog]

    /// A set of catalogs, put in the order above.
    public init(_ catalogs: [StringCatalog] = []) {
        let order = ["en": 0, "ur": 1, "ps": 2]
        self.catalogs = catalogs.sorted { (order[$0.code] ?? 3, $0.code) < (order[$1.code] ?? 3, $1.code) }
    }

    /// The catalog for `code`, if there is one.
    public func catalog(_ code: String) -> StringCatalog? { catalogs.first { $0.code == code } }

    /// English.
    public var reference: StringCatalog? { catalog(Self.referenceCode) }

    /// The text of `key` in `language`, else in English, else the key itself.
    public func text(_ key: String, in language: String, _ values: [String: String] = [:]) -> String {
        catalog(language)?.text(key, values) ?? reference?.text(key, values) ?? key
    }

    /// The language to draw in when `language` is chosen: itself, or its fallback (then English) on a
    /// terminal that cannot show Arabic script.
    public func shown(_ language: String, arabicScript: Bool) -> String {
        guard let catalog = catalog(language) else { return Self.referenceCode }
        if catalog.needsArabicScript && !arabicScript {
            if let fallback = catalog.fallback, self.catalog(fallback) != nil { return fallback }
            return Self.referenceCode
        }
        return language
    }

    /// The languages a chooser offers: each catalog that is its own choice (not only a fallback), as
    /// it will be shown on this terminal, without repeats (on the Linux console Urdu and Pashto are
    /// both Roman Urdu: one choice).
    public func choices(arabicScript: Bool) -> [String] {
        let fallbacks = Set(catalogs.compactMap(\.fallback))
        var seen: [String] = []
        for catalog in catalogs where !fallbacks.contains(catalog.code) || !arabicScript {
            let shown = shown(catalog.code, arabicScript: arabicScript)
            if !seen.contains(shown) { seen.append(shown) }
        }
        return seen
    }
}
