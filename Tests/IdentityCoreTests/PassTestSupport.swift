import Crypto
import Foundation
@testable import IdentityCore

/// The fixed key and claims of docs/pass-format.md's test vector (RFC 8032 test 1's secret key).
enum PassVector {
    static let seedHex = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
    static var signer: Ed25519PassSigner {
        let seed = Data(stride(from: 0, to: seedHex.count, by: 2).map { offset in
            let start = seedHex.index(seedHex.startIndex, offsetBy: offset)
            return UInt8(seedHex[start..<seedHex.index(start, offsetBy: 2)], radix: 16)!
        })
        return Ed25519PassSigner(privateKey: try! Curve25519.Signing.PrivateKey(rawRepresentation: seed))
    }
    static let claims = PassClaims(
        keyID: 0, cnic: try! CNIC("17301-1234567-1"), serial: 1001,
        issuedOn: CalendarDate(iso: "2026-11-25")!, validityMonths: 60
    )
    static var trustList: TrustList {
        TrustList(signers: [TrustedSigner(keyID: signer.keyID, publicKey: signer.publicKey, label: "test vector")])
    }
    /// Noon in Peshawar on a day.
    static func noon(_ iso: String) -> Date { CalendarDate(iso: iso)!.startInstant.addingTimeInterval(12 * 3600) }
}
