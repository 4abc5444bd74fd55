import Crypto
import Foundation

/// One sealed entry of a kiosk's audit trail: the event, its place in the chain (`index`, from 1), the
/// hash of the entry before it (`previous`; the kiosk's `AuditGenesis` for entry 1) and the device key's
/// Ed25519 signature over `canonicalBytes` (docs/audit-trail.md).
///
/// `action` is kept as text so an entry with an action this build does not know still verifies.
public struct AuditEntry: Hashable, Sendable, Codable {
    /// The canonical kiosk id (`KPPSH001`).
    public var kioskID: String
    /// 1, 2, 3… per kiosk, no gaps.
    public var index: Int64
    /// When, in milliseconds since 1970 (the kiosk's clock).
    public var atMillis: Int64
    public var action: String
    public var operatorID: String?
    public var coSignerID: String?
    /// The masked CNIC of the citizen it concerns.
    public var citizen: String?
    public var detail: [String: String]
    /// SHA-256 of the previous entry's canonical bytes (32 bytes).
    public var previous: Data
    /// Ed25519 over `canonicalBytes` (64 bytes).
    public var signature: Data

    public init(
        kioskID: String, index: Int64, atMillis: Int64, action: String, operatorID: String?, coSignerID: String?, citizen: String?,
        detail: [String: String], previous: Data, signature: Data
    ) {
        self.kioskID = kioskID
        self.index = index
        self.atMillis = atMillis
        self.action = action
        self.operatorID = operatorID
        self.coSignerID = coSignerID
        self.citizen = citizen
        self.detail = detail
        self.previous = previous
        self.signature = signature
    }

    /// The bytes that are hashed and signed (`AuditCanonicalBytes`), with this entry's own index.
    public var canonicalBytes: Data { AuditCanonicalBytes.make(self, index: index) }

    /// SHA-256 of `canonicalBytes`: what the next entry's `previous` holds.
    public var hash: Data { Data(SHA256.hash(data: canonicalBytes)) }

    /// The action, when this build knows it.
    public var knownAction: AuditAction? { AuditAction(rawValue: action) }

    /// True when `signature` is `publicKey`'s over the canonical bytes.
    public func isSigned(by publicKey: Curve25519.Signing.PublicKey) -> Bool {
        publicKey.isValidSignature(signature, for: canonicalBytes)
    }
}

/// The canonical bytes of an entry, version 1 — a fixed layout, so any implementation can recompute them:
///
/// ```
/// "KHYBER-AUDIT-1"                          14 ASCII bytes
/// kioskID                                   text
/// index, atMillis                           8-byte big-endian signed integers each
/// action, operatorID, coSignerID, citizen   text each ("" when absent)
/// detail count                              4-byte big-endian
/// each detail key and value, keys sorted by their UTF-8 bytes: text, text
/// previous                                  32 bytes
/// ```
/// "text" is a 4-byte big-endian length followed by that many UTF-8 bytes.
public enum AuditCanonicalBytes {
    static let magic = Data("KHYBER-AUDIT-1".utf8)

    static func make(_ entry: AuditEntry, index: Int64) -> Data {
        var bytes = magic
        text(entry.kioskID, into: &bytes)
        integer(index, into: &bytes)
        integer(entry.atMillis, into: &bytes)
        text(entry.action, into: &bytes)
        text(entry.operatorID ?? "", into: &bytes)
        text(entry.coSignerID ?? "", into: &bytes)
        text(entry.citizen ?? "", into: &bytes)
        let keys = entry.detail.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        length(keys.count, into: &bytes)
        for key in keys {
            text(key, into: &bytes)
            text(entry.detail[key] ?? "", into: &bytes)
        }
        bytes.append(entry.previous)
        return bytes
    }

    static func text(_ value: String, into bytes: inout Data) {
        let utf8 = Data(value.utf8)
        length(utf8.count, into: &bytes)
        bytes.append(utf8)
    }

    static func length(_ count: Int, into bytes: inout Data) {
        let value = UInt32(truncatingIfNeeded: count)
        bytes.append(contentsOf: [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)])
    }

    static func integer(_ value: Int64, into bytes: inout Data) {
        let bits = UInt64(bitPattern: value)
        bytes.append(contentsOf: (0..<8).reversed().map { UInt8((bits >> (UInt64($0) * 8)) & 0xFF) })
    }
}

/// The fixed value entry 1 of a kiosk links to: SHA-256 of `"KHYBER-AUDIT-GENESIS-1"` followed by the
/// canonical kiosk id as text (4-byte length + UTF-8).
public enum AuditGenesis {
    public static func hash(kioskID: String) -> Data {
        var bytes = Data("KHYBER-AUDIT-GENESIS-1".utf8)
        AuditCanonicalBytes.text(kioskID, into: &bytes)
        return Data(SHA256.hash(data: bytes))
    }
}
