import Crypto
import Foundation

/// SHA-256 as both sides write it: 64 lowercase hex digits.
public enum PayloadHash {
    /// Lowercase hex SHA-256 of `data`.
    public static func sha256(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    /// Lowercase hex SHA-256 of the UTF-8 bytes of `text`.
    public static func sha256(_ text: String) -> String {
        sha256(Data(text.utf8))
    }

    /// True for 64 lowercase hex digits.
    public static func isWellFormed(_ hash: String) -> Bool {
        hash.utf8.count == 64 && hash.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = []
        for byte in digest {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The convergence check: kiosk and central each hash the payload hashes of one kiosk's operations in
/// sequence order; equal counts and equal digests mean both hold the same operations.
public enum ConvergenceDigest {
    /// SHA-256 (hex) of the payload hashes joined by "\n", in sequence order. The empty list gives the
    /// hash of the empty string.
    public static func of(payloadHashesInSequenceOrder hashes: [String]) -> String {
        PayloadHash.sha256(hashes.joined(separator: "\n"))
    }
}
