import AuditTrail
import Crypto
import Foundation
import IdentityCore
import Testing

/// A chain of `count` entries sealed by `signer`, entry 1 linked to the kiosk's genesis value.
func chain(_ count: Int, signer: AuditSigner) throws -> [AuditEntry] {
    var entries: [AuditEntry] = []
    var previous = AuditGenesis.hash(kioskID: signer.kioskID)
    for index in 1...count {
        let action = AuditAction.allCases[index % AuditAction.allCases.count]
        let event = AuditEvent(action: action, operatorID: "OP-\(index % 7)", cnic: try CNIC("17301-1234567-1"), detail: ["n": String(index)])
        let entry = try signer.seal(event, index: Int64(index), atMillis: 1_800_000_000_000 + Int64(index), previous: previous)
        previous = entry.hash
        entries.append(entry)
    }
    return entries
}

@Suite struct AuditChainTests {
    let key = Curve25519.Signing.PrivateKey()
    var signer: AuditSigner { AuditSigner(kioskID: "KP-PSH-001", privateKey: key) }

    @Test func anIntactChainVerifies() throws {
        let entries = try chain(40, signer: signer)
        #expect(signer.kioskID == "KPPSH001")
        #expect(AuditChainVerifier.firstBreak(in: entries, kioskID: "KPPSH001", publicKey: key.publicKey) == nil)
        #expect(entries[0].previous == AuditGenesis.hash(kioskID: "KPPSH001"))
        #expect(entries[0].previous != AuditGenesis.hash(kioskID: "KPPSH002"), "genesis is per kiosk")
    }

    @Test func deletingAnEntryIsNamed() throws {
        var entries = try chain(20, signer: signer)
        entries.remove(at: 11)
        #expect(AuditChainVerifier.firstBreak(in: entries, kioskID: "KPPSH001", publicKey: key.publicKey) == .missing(first: 12, last: 12))
    }

    @Test func editingAnEntryIsNamed() throws {
        var entries = try chain(20, signer: signer)
        entries[6].operatorID = "OP-9999"
        #expect(AuditChainVerifier.firstBreak(in: entries, kioskID: "KPPSH001", publicKey: key.publicKey) == .changed(index: 7))
        entries = try chain(20, signer: signer)
        entries[6].detail["n"] = "a different fact"
        #expect(AuditChainVerifier.firstBreak(in: entries, kioskID: "KPPSH001", publicKey: key.publicKey) == .changed(index: 7))
    }

    @Test func reorderingIsNamed() throws {
        var entries = try chain(20, signer: signer)
        // Swap the content of places 9 and 10, keeping the place numbers, as an UPDATE on the table would.
        var ninth = entries[9]
        var eighth = entries[8]
        ninth.index = 9
        eighth.index = 10
        entries[8] = ninth
        entries[9] = eighth
        #expect(AuditChainVerifier.firstBreak(in: entries, kioskID: "KPPSH001", publicKey: key.publicKey) == .outOfPlace(index: 9, signedAs: 10))
    }

    @Test func deletingAndRenumberingIsNamed() throws {
        var entries = try chain(20, signer: signer)
        entries.remove(at: 4)
        for position in 4..<entries.count { entries[position].index -= 1 }
        #expect(AuditChainVerifier.firstBreak(in: entries, kioskID: "KPPSH001", publicKey: key.publicKey) == .outOfPlace(index: 5, signedAs: 6))
    }

    @Test func aForeignKeyOrAForkIsNamed() throws {
        let entries = try chain(5, signer: signer)
        let other = Curve25519.Signing.PrivateKey()
        #expect(AuditChainVerifier.firstBreak(in: entries, kioskID: "KPPSH001", publicKey: other.publicKey) == .changed(index: 1))
        // A genuine entry 4 written after another entry 3 (a copy of the database went on writing).
        let fork = try signer.seal(AuditEvent(action: .cardChecked), index: 3, atMillis: 1, previous: entries[1].hash)
        let forked = try signer.seal(AuditEvent(action: .cardChecked), index: 4, atMillis: 2, previous: fork.hash)
        let mixed = Array(entries.prefix(3)) + [forked]
        #expect(AuditChainVerifier.firstBreak(in: mixed, kioskID: "KPPSH001", publicKey: key.publicKey) == .brokenLink(index: 4))
        #expect(AuditChainVerifier.firstBreak(in: entries + [fork], kioskID: "KPPSH001", publicKey: key.publicKey) == .forked(index: 3))
        #expect(AuditChainVerifier.firstBreak(in: entries, kioskID: "KPPSH002", publicKey: key.publicKey) == .wrongKiosk(index: 1, found: "KPPSH001"))
    }

    @Test func aCutOffEndIsNamedWhenTheExpectedLengthIsKnown() throws {
        let entries = try chain(10, signer: signer)
        #expect(AuditChainVerifier.firstBreak(in: entries.prefix(8), kioskID: "KPPSH001", publicKey: key.publicKey, expectedLast: 10)
                == .truncated(last: 8, expected: 10))
        #expect(AuditChainBreak.truncated(last: 8, expected: 10).description.contains("the last 2 were deleted"))
    }

    @Test func eventsNeverCarryAFullCNIC() throws {
        let cnic = try CNIC("17301-1234567-1")
        let event = AuditEvent(action: .pinReset, operatorID: "", cnic: cnic, detail: ["note": "asked about 1730112345671 and 17301-1234567-1"])
        #expect(event.operatorID == nil)
        #expect(event.citizen == "17301-•••••67-1")
        #expect(event.detail["note"] == "asked about 17301-•••••67-1 and 17301-•••••67-1")
        let entry = try signer.seal(event, index: 1, atMillis: 0, previous: AuditGenesis.hash(kioskID: "KPPSH001"))
        #expect(!String(decoding: try AuditEntryOperation(entry: entry, cnic: nil).encoded(), as: UTF8.self).contains("1234567"))
    }
}
