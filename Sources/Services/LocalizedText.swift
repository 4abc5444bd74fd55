/// A text in English and Urdu, as every title, label and document name in a service definition has,
/// and optionally in Pashto (`ps`; where it is missing a Pashto screen shows the Urdu) and in Roman Urdu
/// (`ur-Latn`, for terminals without Arabic script; where it is missing those screens show the English).
public struct LocalizedText: Codable, Hashable, Sendable {
    public var en: String
    public var ur: String
    public var ps: String?
    public var urLatn: String?

    enum CodingKeys: String, CodingKey {
        case en, ur, ps
        case urLatn = "ur-Latn"
    }

    public init(en: String, ur: String, ps: String? = nil, urLatn: String? = nil) {
        self.en = en
        self.ur = ur
        self.ps = ps
        self.urLatn = urLatn
    }

    /// The text for a screen in `language` (`en`, `ur`, `ps`, `ur-Latn`; any other gets English).
    public func text(in language: String) -> String {
        switch language {
        case "ur": ur
        case "ps": ps ?? ur
        case "ur-Latn": urLatn ?? en
        default: en
        }
    }
}
