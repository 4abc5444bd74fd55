import Crypto
import Foundation

/// The short code a supervisor compares between the kiosk's screen and the central's pending request:
/// 10 decimal digits (`12345-67890`) from SHA-256 over the kiosk id and both public keys. Both sides compute
/// it; a pending request whose keys are not the kiosk's own shows another code, and approval refuses it.
/// (Finding other keys with the same code takes ~10^10 key generations: days of work for one enrolment.)
public enum EnrolmentCode {
    public static func make(kioskID: String, devicePublicKey: String, issuerPublicKey: String) -> String {
        let input = Array("khyber-enrol-v1\n\(kioskID)\n\(devicePublicKey)\n\(issuerPublicKey)".utf8)
        let digest = Array(SHA256.hash(data: input))
        let number = digest.prefix(8).reduce(UInt64(0)) { ($0 << 8) | UInt64($1) } % 10_000_000_000
        let digits = String(number)
        let padded = String(repeating: "0", count: 10 - digits.count) + digits
        return String(padded.prefix(5)) + "-" + String(padded.suffix(5))
    }

    /// `code` as typed (spaces and dashes ignored) equals `expected`.
    public static func matches(_ code: String, _ expected: String) -> Bool {
        code.filter(\.isNumber) == expected.filter(\.isNumber) && code.filter(\.isNumber).count == 10
    }
}
