/// Pakistani mobile numbers in the registry's one written form, `03xx-xxxxxxx`.
public enum MobileNumber {
    /// `03001234567`, `0300-1234567`, `+92 300 1234567` or `923001234567` → `0300-1234567`; nil otherwise.
    public static func canonical(_ text: String) -> String? {
        var digits = text.filter { $0.isASCIIDigit }
        let allowed = text.allSatisfy { $0.isASCIIDigit || $0 == "-" || $0 == " " || $0 == "+" }
        guard allowed else { return nil }
        if digits.hasPrefix("92") && digits.count == 12 { digits = "0" + digits.dropFirst(2) }
        guard digits.count == 11, digits.hasPrefix("03") else { return nil }
        return String(digits.prefix(4)) + "-" + String(digits.dropFirst(4))
    }
}
