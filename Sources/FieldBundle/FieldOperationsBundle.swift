import Crypto
import Foundation
import SyncProtocol

/// Kiosk → central: the unacknowledged outbox as one `PushRequest` (exactly what a push would carry,
/// field for field, every kind), sealed to the central's encryption key and signed by the device key.
public enum FieldOperationsBundle {
    /// At most this many operations in one bundle (an export beyond says so and the next export takes the rest).
    public static let maxOperations = 100_000

    /// What the kiosk states besides its operations.
    public struct Export: Sendable {
        public var kioskID: String
        public var serial: Int64
        public var pullScope: String
        public var pullCursor: Int64
        public var replyKey: Curve25519.KeyAgreement.PublicKey
        public var sentAt: HLCTimestamp
        public var now: Date

        public init(kioskID: String, serial: Int64, pullScope: String, pullCursor: Int64, replyKey: Curve25519.KeyAgreement.PublicKey, sentAt: HLCTimestamp, now: Date) {
            self.kioskID = kioskID
            self.serial = serial
            self.pullScope = pullScope
            self.pullCursor = pullCursor
            self.replyKey = replyKey
            self.sentAt = sentAt
            self.now = now
        }
    }

    /// The bundle's bytes.
    public static func make(
        _ operations: [PushOperation], export: Export, central: Curve25519.KeyAgreement.PublicKey, device: Curve25519.Signing.PrivateKey
    ) throws(FieldBundleRefusal) -> Data {
        guard operations.count <= maxOperations else { throw .tooLarge("\(operations.count) operations; at most \(maxOperations) in one bundle") }
        let push = PushRequest(kioskID: export.kioskID, sentAt: export.sentAt, operations: operations)
        let plaintext: Data
        do { plaintext = try SyncWire.encoder().encode(push) } catch { throw .badPayload("the operations cannot be encoded") }
        var manifest = FieldBundleManifest(kind: .operations, kioskID: export.kioskID, createdAt: export.now)
        manifest.exportSerial = export.serial
        manifest.operations = operations.count
        manifest.firstSequence = operations.map(\.sequence).min()
        manifest.lastSequence = operations.map(\.sequence).max()
        manifest.kinds = Dictionary(grouping: operations, by: \.kind).mapValues(\.count)
        manifest.pullScope = export.pullScope
        manifest.pullCursor = export.pullCursor
        manifest.replyKey = export.replyKey.rawRepresentation.base64EncodedString()
        return try FieldBundleFormat.make(.operations, manifest: manifest, plaintext: plaintext, sealedTo: central, signer: device)
    }

    /// Decrypts and decodes the operations, and checks they are what the signed manifest says: the kiosk id on
    /// the batch and on every operation, the count, the sequence range and the kinds.
    public static func open(_ file: FieldBundleFile, centralKey: Curve25519.KeyAgreement.PrivateKey) throws(FieldBundleRefusal) -> PushRequest {
        guard file.kind == .operations else { throw .notForHere("this is a \(file.kind) bundle, not a kiosk's operations") }
        let plaintext = try file.open(with: centralKey)
        let push: PushRequest
        do { push = try SyncWire.decoder().decode(PushRequest.self, from: plaintext) } catch { throw .badPayload("the operations are not a push") }
        let manifest = file.manifest
        guard push.kioskID == manifest.kioskID, push.operations.allSatisfy({ $0.kioskID == manifest.kioskID }) else {
            throw .badPayload("an operation carries another kiosk id than the manifest's \(manifest.kioskID)")
        }
        guard push.operations.count == manifest.operations, push.operations.map(\.sequence).min() == manifest.firstSequence,
              push.operations.map(\.sequence).max() == manifest.lastSequence,
              Dictionary(grouping: push.operations, by: \.kind).mapValues(\.count) == (manifest.kinds ?? [:]) else {
            throw .badPayload("the operations do not match the manifest's counts")
        }
        guard Set(push.operations.map(\.opID)).count == push.operations.count else { throw .badPayload("an operation id appears twice") }
        return push
    }
}
