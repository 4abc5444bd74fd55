import Foundation

/// A Pakistani Computerised National Identity Card number: 13 digits, shown as `XXXXX-XXXXXXX-X`.
///
/// The first digit is the province (1 Khyber Pakhtunkhwa … 7 Gilgit-Baltistan), the first two the
/// division, the first three the district; the last digit is odd for men and even for women, never 0.
public struct CNIC: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The 13 digits, no dashes.
    public let digits: String

    /// Why a text is not a CNIC, in words a citizen or operator can act on.
    public enum ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        case wrongLength(Int)
        case notDigits
        case misplacedDashes
        case unknownProvince(Character)
        case lastDigitZero

        public var description: String {
            switch self {
            case .wrongLength(let count): "A CNIC has 13 digits; this has \(count)."
            case .notDigits: "A CNIC has only digits (and dashes)."
            case .misplacedDashes: "Dashes go after the 5th and the 12th digit: 12345-1234567-1."
            case .unknownProvince(let digit): "A CNIC starts with 1 to 7; this starts with \(digit)."
            case .lastDigitZero: "The last digit of a CNIC is never 0."
            }
        }
    }

    /// Parses `1730112345671` or `17301-1234567-1` (surrounding spaces allowed).
    public init(_ text: some StringProtocol) throws(ParseError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let hasDashes = trimmed.contains("-")
        if hasDashes {
            let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 5, parts[1].count == 7, parts[2].count == 1 else {
                let digitCount = trimmed.filter(\.isASCIIDigit).count
                if digitCount != 13 { throw .wrongLength(digitCount) }
                throw .misplacedDashes
            }
        }
        let bare = trimmed.filter { $0 != "-" }
        guard bare.allSatisfy(\.isASCIIDigit) else { throw .notDigits }
        guard bare.count == 13 else { throw .wrongLength(bare.count) }
        let first = bare.first!
        guard ("1"..."7").contains(first) else { throw .unknownProvince(first) }
        guard bare.last != "0" else { throw .lastDigitZero }
        digits = String(bare)
    }

    /// Builds a CNIC from its integer value (as stored in the registry); nil when it is not a valid CNIC.
    public init?(number: Int64) {
        // 13 digits, province 1–7, last digit not 0: checked arithmetically (this is the registry's hot path).
        guard number >= 1_000_000_000_000, number < 8_000_000_000_000, number % 10 != 0 else { return nil }
        digits = String(number)
    }



    /// The 13 digits as one integer: the registry's primary key and the pass's packed field.
    public var number: Int64 { Int64(digits)! }

    /// `17301-1234567-1`.
    public var formatted: String {
        let chars = Array(digits)
        return String(chars[0..<5]) + "-" + String(chars[5..<12]) + "-" + String(chars[12])
    }

    /// For screens and logs: `17301-•••••67-1`, enough for a citizen to recognise, too little to misuse.
    public var masked: String { masked(with: "•") }

    /// The masked form with a chosen hiding character (`*` where the terminal has no `•`).
    public func masked(with hidden: Character) -> String {
        let chars = Array(digits)
        return String(chars[0..<5]) + "-" + String(repeating: hidden, count: 5) + String(chars[10..<12]) + "-" + String(chars[12])
    }

    /// 1 Khyber Pakhtunkhwa, 2 FATA, 3 Punjab, 4 Sindh, 5 Balochistan, 6 Islamabad, 7 Gilgit-Baltistan.
    public var provinceCode: Int { Int(String(digits.first!))! }

    /// The province or region the first digit names.
    public var province: String {
        ["Khyber Pakhtunkhwa", "FATA", "Punjab", "Sindh", "Balochistan", "Islamabad", "Gilgit-Baltistan"][provinceCode - 1]
    }

    /// The first two digits: the division (11–17 within Khyber Pakhtunkhwa).
    public var divisionCode: Int { Int(digits.prefix(2))! }

    /// The first three digits: the district.
    public var districtCode: Int { Int(digits.prefix(3))! }

    /// Odd last digit: male; even: female.
    public var gender: Gender { Int(String(digits.last!))! % 2 == 1 ? .male : .female }

    public var description: String { masked }

    public static func < (lhs: CNIC, rhs: CNIC) -> Bool { lhs.digits < rhs.digits }
}

extension Character {
    /// `0`–`9` only (not other scripts' digits).
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
