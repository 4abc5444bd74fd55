/// A date typed as digits: `19900521` is shown and kept as `1990-05-21`, dashes added by themselves.
public enum DateEntry {
    /// `YYYYMMDD`.
    public static let maxDigits = 8

    /// The digits of a (partly) typed date.
    public static func digits(of text: String) -> String {
        String(text.filter(\.isASCIIDigitForEntry).prefix(maxDigits))
    }

    /// Dashes after the year and the month once a digit follows: `1990-0`, `1990-05-2`.
    public static func formatted(_ digits: String) -> String {
        var result = ""
        for (index, digit) in digits.prefix(maxDigits).enumerated() {
            if index == 4 || index == 6 { result.append("-") }
            result.append(digit)
        }
        return result
    }

    /// The whole shape with blanks still to fill: `1990-05-__`.
    public static func template(_ digits: String, blank: Character = "_") -> String {
        let chars = Array(digits.prefix(maxDigits))
        var result = ""
        for index in 0..<maxDigits {
            if index == 4 || index == 6 { result.append("-") }
            result.append(index < chars.count ? chars[index] : blank)
        }
        return result
    }
}
