/// Pakistani mobile numbers. Their one normal form is the registry's written form, `03xx-xxxxxxx`
/// (`canonical`): the kiosk stores, shows and searches it. The sync wire and the central store write the
/// same number as its eleven digits, `03xxxxxxxxx` (`wireForm`). Both come from the one parser here,
/// so a number written either way (or `+92 3xx xxxxxxx`) always finds the same citizen.
public enum MobileNumber {
    /// `03001234567`, `0300-1234567`, `+92 300 1234567` or `923001234567` → `0300-1234567`; nil otherwise.
    public static func canonical(_ text: String) -> String? {
        guard let digits = digits(text) else { return nil }
        return String(digits.prefix(4)) + "-" + String(digits.dropFirst(4))
    }

    /// The same number as the wire and the central store write it: `0300-1234567` → `03001234567`; nil
    /// for anything that is not a mobile number.
    public static func wireForm(_ text: String) -> String? {
        digits(text)
    }

    /// What a registry keeps for `text`: its canonical form, or `text` as it is when it is not a mobile
    /// number (a record is never lost over a badly written number).
    public static func stored(_ text: String) -> String {
        canonical(text) ?? text
    }

    /// The eleven digits `03…`, from any common writing; nil otherwise.
    private static func digits(_ text: String) -> String? {
        var digits = text.filter { $0.isASCIIDigit }
        let allowed = text.allSatisfy { $0.isASCIIDigit || $0 == "-" || $0 == " " || $0 == "+" }
        guard allowed else { return nil }
        if digits.hasPrefix("92") && digits.count == 12 { digits = "0" + digits.dropFirst(2) }
        guard digits.count == 11, digits.hasPrefix("03") else { return nil }
        return digits
    }
}
