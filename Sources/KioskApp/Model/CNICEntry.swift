/// The CNIC field as typed: up to 13 digits, dashes added by themselves when shown.
public struct CNICEntry: Equatable, Sendable {
    /// A CNIC has 13 digits.
    public static let maxDigits = 13

    /// The digits typed so far (no dashes).
    public private(set) var digits: String

    /// An entry holding `digits` (non-digits dropped, cut to 13).
    public init(digits: String = "") {
        self.digits = String(digits.filter(\.isASCIIDigitForEntry).prefix(Self.maxDigits))
    }

    /// True when nothing is typed.
    public var isEmpty: Bool { digits.isEmpty }

    /// True when all 13 digits are typed.
    public var isFull: Bool { digits.count == Self.maxDigits }

    /// Adds a digit; a 14th digit (or a non-digit) is ignored. Returns whether it was taken.
    @discardableResult
    public mutating func append(_ digit: Character) -> Bool {
        guard digit.isASCIIDigitForEntry, !isFull else { return false }
        digits.append(digit)
        return true
    }

    /// Removes the last digit (the dash before it goes away by itself).
    public mutating func removeLast() {
        if !digits.isEmpty { digits.removeLast() }
    }

    /// The digits with dashes after the 5th and 12th once a digit follows: `17301-12`.
    public var formatted: String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index == 5 || index == 12 { result.append("-") }
            result.append(digit)
        }
        return result
    }

    /// The whole field shape with blanks still to fill: `17301-12_____-_`.
    public func template(blank: Character = "_") -> String {
        var result = ""
        let chars = Array(digits)
        for index in 0..<Self.maxDigits {
            if index == 5 || index == 12 { result.append("-") }
            result.append(index < chars.count ? chars[index] : blank)
        }
        return result
    }
}

extension Character {
    /// `0`–`9` only.
    var isASCIIDigitForEntry: Bool { ("0"..."9").contains(self) }
}
