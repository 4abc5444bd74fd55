/// A citizen's gender as NADRA records it and the CNIC's last digit encodes.
public enum Gender: String, Codable, Sendable, CaseIterable {
    case male
    case female

    /// The relation word before the father's or husband's name: "son of" / "daughter of".
    public var relationToFather: String { self == .male ? "son of" : "daughter of" }
}
