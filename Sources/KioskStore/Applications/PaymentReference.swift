import Crypto
import Foundation

/// The reference a citizen quotes when paying an application's fee: `PSID-` and 12 digits, made
/// on the kiosk with no network.
///
/// Digits: 4 from the kiosk id (the first bytes of its SHA-256, modulo 10,000), 7 from the
/// kiosk's sequence number (modulo 10,000,000), and a Luhn check digit that catches any single
/// mistyped digit and most swapped pairs. Unique per kiosk for ten million applications; two
/// kiosks may share the 4-digit part, so the bank's record is matched on reference and CNIC.
public enum PaymentReference {
    /// The reference of application `sequence` of kiosk `kioskID`.
    public static func make(kioskID: String, sequence: Int64) -> String {
        let digest = Array(SHA256.hash(data: Data(kioskID.utf8)))
        let kioskPart = (Int(digest[0]) << 16 | Int(digest[1]) << 8 | Int(digest[2])) % 10_000
        let sequencePart = Int(((sequence % 10_000_000) + 10_000_000) % 10_000_000)
        let body = pad(kioskPart, 4) + pad(sequencePart, 7)
        return "PSID-" + body + String(luhnDigit(body))
    }

    /// True for `PSID-` and 12 digits whose last is the Luhn check digit of the first 11.
    public static func isValid(_ reference: String) -> Bool {
        guard reference.hasPrefix("PSID-") else { return false }
        let digits = reference.dropFirst(5)
        guard digits.count == 12, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return false }
        return luhnDigit(String(digits.prefix(11))) == Int(String(digits.last!))
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// The digit that makes `body` + digit pass the Luhn check.
    private static func luhnDigit(_ body: String) -> Int {
        var sum = 0
        for (offset, character) in body.reversed().enumerated() {
            var digit = Int(String(character))!
            if offset % 2 == 0 {
                digit *= 2
                if digit > 9 { digit -= 9 }
            }
            sum += digit
        }
        return (10 - sum % 10) % 10
    }
}
