/// A text in English and Urdu, as every title, label and document name in a service definition has,
/// and optionally in Pashto (`ps`; where it is missing a Pashto screen shows the Urdu).
public struct LocalizedText: Codable, Hashable, Sendable {
    public var en: String
    public var ur: String
    public var ps: String?

    public init(en: String, ur: String, ps: String? = nil) {
        self.en = en
        self.ur = ur
        self.ps = ps
    }

    /// The text for a screen in `language` (`en`, `ur`, `ps`; any other, e.g. Roman Urdu, gets English).
    public func text(in language: String) -> String {
        switch language {
        case "ur": ur
        case "ps": ps ?? ur
        default: en
        }
    }
}
