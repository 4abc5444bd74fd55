import Crypto
import FieldBundle
import Foundation
import ProvincialTrust
import SyncProtocol
import Testing

/// The byte format on its own: sealed and signed bundles round-trip; every cut, every changed byte, another
/// signer, another recipient is refused; the manifest outside the ciphertext carries no personal data.
@Suite("Field bundle format")
struct FieldBundleFormatTests {
    let central = Curve25519.KeyAgreement.PrivateKey()
    let device = Curve25519.Signing.PrivateKey()
    let reply = Curve25519.KeyAgreement.PrivateKey()
    let secretCNIC = "1730112345671"

    func operations(_ count: Int) -> [PushOperation] {
        (1...count).map { sequence in
            let payload = #"{"cnic":"\#(secretCNIC)","n":\#(sequence)}"#
            let hash = SHA256.hash(data: Data(payload.utf8)).map { String(format: "%02x", $0) }.joined()
            return PushOperation(
                opID: UUID().uuidString.lowercased(), kioskID: "KPCAMP01", sequence: Int64(sequence), hlc: HLCTimestamp(wallMillis: 1_800_000_000_000, counter: sequence),
                kind: sequence % 3 == 0 ? "audit.entry" : "application.submitted", entityID: UUID().uuidString, payload: payload, payloadSHA256: hash)
        }
    }

    func bundle(_ count: Int = 5, to recipient: Curve25519.KeyAgreement.PublicKey? = nil, signer: Curve25519.Signing.PrivateKey? = nil) throws -> Data {
        let export = FieldOperationsBundle.Export(
            kioskID: "KPCAMP01", serial: 3, pullScope: "districts:401", pullCursor: 77, replyKey: reply.publicKey,
            sentAt: HLCTimestamp(wallMillis: 1_800_000_000_000, counter: 0), now: Date(timeIntervalSince1970: 1_800_000_000))
        return try FieldOperationsBundle.make(operations(count), export: export, central: recipient ?? central.publicKey, device: signer ?? device)
    }

    @Test func aBundleRoundTripsWithEveryKindAndItsManifest() throws {
        let data = try bundle(6)
        let file = try FieldBundleFile.parse(data)
        try file.verifySignature(with: device.publicKey, signerWords: "the device")
        let push = try FieldOperationsBundle.open(file, centralKey: central)
        #expect(push.operations.count == 6 && push.kioskID == "KPCAMP01")
        #expect(file.manifest.kinds == ["application.submitted": 4, "audit.entry": 2])
        #expect(file.manifest.firstSequence == 1 && file.manifest.lastSequence == 6 && file.manifest.exportSerial == 3)
        #expect(file.manifest.pullCursor == 77 && file.manifest.pullScope == "districts:401")
        #expect(file.manifest.recipientKey == FieldBundleFormat.keyDigest(central.publicKey.rawRepresentation))
        #expect(Array(data.prefix(10)) == Array("KHYBERFB".utf8) + [1, 1])
    }

    @Test func nothingPersonalIsReadableOutsideTheCiphertext() throws {
        let data = try bundle(4)
        #expect(data.range(of: Data(secretCNIC.utf8)) == nil, "the CNIC is not in the file in the clear")
        #expect(data.range(of: Data("application.submitted".utf8)) != nil, "the manifest's kinds are")
    }

    @Test func everyCutIsRefusedAsTruncatedOrNotABundle() throws {
        let data = try bundle(3)
        for length in stride(from: 0, to: data.count, by: max(1, data.count / 300)) {
            #expect(throws: FieldBundleRefusal.self, "cut at \(length)") { try FieldBundleFile.parse(data.prefix(length)) }
        }
        #expect(throws: FieldBundleRefusal.self) { try FieldBundleFile.parse(data + Data([0])) }
        do { _ = try FieldBundleFile.parse(data.prefix(data.count - 10)); Issue.record("accepted a cut file") } catch {
            guard case .truncated = error else { Issue.record("a cut file is \(error), not truncated"); return }
        }
    }

    @Test func everyChangedByteIsRefused() throws {
        let data = try bundle(3)
        for index in stride(from: 0, to: data.count, by: max(1, data.count / 400)) {
            var changed = data
            changed[index] ^= 0x01
            let accepted: Bool
            do {
                let file = try FieldBundleFile.parse(changed)
                try file.verifySignature(with: device.publicKey, signerWords: "the device")
                _ = try FieldOperationsBundle.open(file, centralKey: central)
                accepted = true
            } catch { accepted = false }
            #expect(!accepted, "byte \(index) changed and still accepted")
        }
    }

    @Test func anotherSignerOrAnotherRecipientIsRefusedByName() throws {
        let forged = try FieldBundleFile.parse(try bundle(signer: Curve25519.Signing.PrivateKey()))
        #expect(throws: FieldBundleRefusal.self) { try forged.verifySignature(with: device.publicKey, signerWords: "the device") }
        let elsewhere = try FieldBundleFile.parse(try bundle(to: Curve25519.KeyAgreement.PrivateKey().publicKey))
        do { _ = try FieldOperationsBundle.open(elsewhere, centralKey: central); Issue.record("opened a bundle sealed to another key") } catch {
            guard case .wrongRecipient = error else { Issue.record("\(error)"); return }
        }
    }

    @Test func receiptsAndChangesRoundTrip() throws {
        let signer = Curve25519.Signing.PrivateKey()
        let answered = try FieldBundleFile.parse(try bundle(2)).manifest
        let acks = [OperationAcknowledgement(opID: "a", sequence: 1, outcome: .accepted, receivedAtMillis: 5), OperationAcknowledgement(opID: "b", sequence: 2, outcome: .duplicate, receivedAtMillis: 4)]
        let receipt = try FieldBundleFile.parse(try FieldReceiptBundle.make(
            PushResponse(centralClock: .zero, acknowledgements: acks, gaps: [], highestSequence: 2), answering: answered, signer: signer, now: Date()))
        try receipt.verifySignature(with: signer.publicKey, signerWords: "the central")
        #expect(try FieldReceiptBundle.open(receipt).acknowledgements == acks)
        #expect(receipt.manifest.answers == answered.bundleID && receipt.manifest.outcomes == ["accepted": 1, "duplicate": 1])

        let page = PullResponse(centralClock: .zero, changes: [], nextCursor: 9, hasMore: false)
        let changes = try FieldBundleFile.parse(try FieldChangesBundle.make(
            .init(page: page, trustBundle: Data("bundle".utf8)), kioskID: "KPCAMP01", pullScope: "districts:", fromCursor: 9, trustBundleVersion: 4,
            replyKey: reply.publicKey, signer: signer, now: Date()))
        let content = try FieldChangesBundle.open(changes, replyKey: reply)
        #expect(content.page.nextCursor == 9 && content.trustBundle == Data("bundle".utf8) && changes.manifest.trustBundleVersion == 4)
        #expect(throws: FieldBundleRefusal.self) { try FieldChangesBundle.open(changes, replyKey: central) }
    }

    @Test func theTrustBundleCarriesTheKeysOptionally() throws {
        let keys = FieldBundleKeys(encryptionKey: central.publicKey.rawRepresentation.base64EncodedString(), signingKey: device.publicKey.rawRepresentation.base64EncodedString())
        var content = TrustBundleContent(version: 3, issuedAt: Date(timeIntervalSince1970: 1_800_000_000), expiresAt: Date(timeIntervalSince1970: 1_900_000_000))
        let without = try content.encoded()
        #expect(String(decoding: without, as: UTF8.self).contains("fieldBundles") == false, "absent when not set: older bundles' bytes stay the same")
        content.fieldBundles = keys
        #expect(try TrustBundleContent.decode(try content.encoded()).fieldBundles == keys)
        #expect(try TrustBundleContent.decode(without).fieldBundles == nil)
        content.fieldBundles = FieldBundleKeys(encryptionKey: "AAAA", signingKey: keys.signingKey)
        #expect(throws: TrustBundleRefusal.self) { try TrustBundleContent.decode(try content.encoded()) }
    }
}
