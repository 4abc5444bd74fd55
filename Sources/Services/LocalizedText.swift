/// A text in English and Urdu, as every title, label and document name in a service definition has.
public struct LocalizedText: Codable, Hashable, Sendable {
    public var en: String
    public var ur: String

    public init(en: String, ur: String) {
        self.en = en
        self.ur = ur
    }
}
