import AuditTrail
import Crypto
import Foundation
import Testing

/// The test vector of docs/audit-trail.md: a fixed key, a fixed entry, its canonical bytes and hash.
@Suite struct AuditTestVectorTests {
    static let seed = Data((1...32).map { UInt8($0) })

    static func vectorEntry() throws -> (AuditEntry, Curve25519.Signing.PrivateKey) {
        let key = try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        let signer = AuditSigner(kioskID: "KPPSH001", privateKey: key)
        let event = AuditEvent(action: .pinReset, operatorID: "OP-0042", coSignerID: "SV-0007", cnic: nil, detail: ["serial": "12"])
        var entry = try signer.seal(event, index: 1, atMillis: 1_800_000_000_000, previous: AuditGenesis.hash(kioskID: "KPPSH001"))
        entry.citizen = "17301-•••••67-1"
        entry.signature = try key.signature(for: entry.canonicalBytes)
        return (entry, key)
    }

    @Test func genesisAndCanonicalBytesMatchTheDocument() throws {
        #expect(hex(AuditGenesis.hash(kioskID: "KPPSH001")) == Self.genesis)
        let (entry, key) = try Self.vectorEntry()
        #expect(hex(entry.canonicalBytes) == Self.canonical)
        #expect(hex(entry.hash) == Self.hash)
        #expect(entry.isSigned(by: key.publicKey))
        #expect(hex(key.publicKey.rawRepresentation) == Self.publicKey)
        var documented = entry
        documented.signature = Data(stride(from: 0, to: Self.signature.count, by: 2).map {
            UInt8(Self.signature[Self.signature.index(Self.signature.startIndex, offsetBy: $0)...].prefix(2), radix: 16)!
        })
        #expect(documented.isSigned(by: key.publicKey), "the document's signature verifies")
    }

    func hex(_ data: Data) -> String { data.map { String(format: "%02x", $0) }.joined() }

    // Computed independently of this code (Python: hashlib, struct, cryptography's Ed25519).
    static let genesis = "9414b9f6981c3575365d0bbbd2a1f9bfa512ad4e481dec1dab37f654aa7cf814"
    static let canonical = "4b48594245522d41554449542d31000000084b505053483030310000000000000001000001a3185c5000000000"
        + "0970696e2e7265736574000000074f502d303034320000000753562d303030370000001931373330312de280a2e280a2e280a2e280a2"
        + "e280a236372d31000000010000000673657269616c0000000231329414b9f6981c3575365d0bbbd2a1f9bfa512ad4e481dec1dab37f6"
        + "54aa7cf814"
    static let hash = "37d24bbaf95ea445db5b35feb57a85737d481cf560e5702fb05a2f682a72e0cd"
    static let publicKey = "79b5562e8fe654f94078b112e8a98ba7901f853ae695bed7e0e3910bad049664"
    static let signature = "64e64a90825ce5ec5802f5907e8f04d2040e9c9691510cb5fbbabe4b19b51fb5cbbbaf745d9b0b557cbba2fa2276140598b8b1b3a01d96df830d2e713f61430c"
}
