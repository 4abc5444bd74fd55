import Crypto
import Foundation

/// What seals audit entries on a kiosk: its canonical id and its device key (the key that signs its sync
/// requests, `device-key.json`). Handed to the registry once at start (`RegistryDatabase.useAuditSigner`).
public struct AuditSigner: Sendable {
    public let kioskID: String
    let privateKey: Curve25519.Signing.PrivateKey

    /// `kioskID` is kept in its canonical form (`KP-PSH-001` → `KPPSH001`), as outbox sequences number it.
    public init(kioskID: String, privateKey: Curve25519.Signing.PrivateKey) {
        self.kioskID = String(kioskID.uppercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
        self.privateKey = privateKey
    }

    public var publicKey: Curve25519.Signing.PublicKey { privateKey.publicKey }

    /// Numbers, links and signs `event` as entry `index` after the entry whose hash is `previous`.
    public func seal(_ event: AuditEvent, index: Int64, atMillis: Int64, previous: Data) throws(AuditSealError) -> AuditEntry {
        var entry = AuditEntry(
            kioskID: kioskID, index: index, atMillis: atMillis, action: event.action.rawValue, operatorID: event.operatorID,
            coSignerID: event.coSignerID, citizen: event.citizen, detail: event.detail, previous: previous, signature: Data()
        )
        do { entry.signature = try privateKey.signature(for: entry.canonicalBytes) } catch { throw AuditSealError(description: "the device key could not sign an audit entry: \(error)") }
        return entry
    }
}

/// Why an entry could not be sealed.
public struct AuditSealError: Error, Hashable, Sendable, CustomStringConvertible {
    public let description: String
}
