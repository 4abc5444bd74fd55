import AuditTrail
import Crypto
import Foundation
import IdentityCore
import SyncProtocol

/// What the central decides about an arriving audit entry, the same on every backend.
enum AuditArrival {
    /// Kinds of `audit_problem` rows.
    static let forked = "forked"
    static let brokenLink = "broken-link"
    static let changed = "changed"

    /// Why the entry may not be filed for `kioskID`, given the kiosk's device key (base64) or nil.
    static func refusal(_ entry: AuditEntry, kioskID: String, deviceKey: String?) -> String? {
        publicKey(deviceKey) == nil ? "audit entries are filed only for an enrolled kiosk (kiosk \(kioskID) has no device key at the central)" : nil
    }

    /// True when the device key signed the entry as it arrived. An entry that fails comes from the kiosk
    /// itself (the push is signed) but was changed there before it was sent: the operation is stored
    /// once, the entry is NOT filed, and a `changed` problem names its place.
    static func isGenuine(_ entry: AuditEntry, deviceKey: String?) -> Bool {
        publicKey(deviceKey).map(entry.isSigned(by:)) ?? false
    }

    private static func publicKey(_ base64: String?) -> Curve25519.Signing.PublicKey? {
        base64.flatMap { Data(base64Encoded: $0) }.flatMap { try? Curve25519.Signing.PublicKey(rawRepresentation: $0) }
    }

    /// The problem the entry's link shows, given the hash stored for the place before it (nil when that
    /// entry has not arrived yet: its successor's arrival checks the link then).
    static func linkProblem(_ entry: AuditEntry, predecessorHash: String?) -> Bool {
        if entry.index == 1 { return entry.previous != AuditGenesis.hash(kioskID: entry.kioskID) }
        guard let predecessorHash else { return false }
        return hex(entry.previous) != predecessorHash
    }

    /// The entry's JSON as stored in `audit_entry.entry`.
    static func json(_ entry: AuditEntry) throws(CentralStorageError) -> String {
        do {
            return String(decoding: try SyncWire.encoder().encode(entry), as: UTF8.self)
        } catch {
            throw .invalid("an audit entry could not be written as JSON")
        }
    }

    static func entry(json: String) throws(CentralStorageError) -> AuditEntry {
        do { return try SyncWire.decoder().decode(AuditEntry.self, from: Data(json.utf8)) } catch {
            throw .unavailable("a stored audit entry does not parse")
        }
    }

    static func hex(_ data: Data) -> String { data.map { String(format: "%02x", $0) }.joined() }
}

/// The keyed hash that lets the central answer "who touched this citizen" while every stored entry names
/// the citizen masked only: HMAC-SHA256 under the central's own random key (`audit_key`) of
/// `"khyber-audit-cnic-1\n"` + the 13 digits, lowercase hex. Without the key, the column cannot be
/// turned back into CNICs by trying them.
public enum AuditLookupKey {
    static func citizenKey(_ cnic: CNIC, key: Data) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(("khyber-audit-cnic-1\n" + cnic.digits).utf8), using: SymmetricKey(data: key))
        return AuditArrival.hex(Data(mac))
    }

    static func newKey() -> Data { SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) } }
}

/// A citizen's PIN as the central keeps it (`pin_verifier`), and how a change merges into it: the verifier
/// with the newer clock reading wins, and the lock-out state with the newer reading wins, each on its own.
struct StoredPIN: Hashable, Sendable {
    var cnic: String
    var districtCode: Int
    var verifier: PINVerifierRecord?
    var changedHLC: String?
    var failedAttempts: Int
    var lockedUntilMillis: Int64?
    var stateHLC: String
    var kioskID: String

    /// The row after `change`; nil when it brings nothing newer.
    static func merged(_ stored: StoredPIN?, change: PINChangeSubmission, hlc: HLCTimestamp, districtCode: Int, kioskID: String) -> StoredPIN? {
        var row = stored ?? StoredPIN(
            cnic: change.cnic, districtCode: districtCode, verifier: nil, changedHLC: nil, failedAttempts: 0, lockedUntilMillis: nil,
            stateHLC: HLCTimestamp.zero.text, kioskID: kioskID
        )
        var changed = false
        if let verifier = change.verifier, row.changedHLC.flatMap(HLCTimestamp.init(text:)).map({ hlc > $0 }) ?? true {
            row.verifier = verifier
            row.changedHLC = hlc.text
            changed = true
        }
        if HLCTimestamp(text: row.stateHLC).map({ hlc > $0 }) ?? true {
            row.failedAttempts = change.failedAttempts
            row.lockedUntilMillis = change.lockedUntilMillis
            row.stateHLC = hlc.text
            changed = true
        }
        guard changed else { return nil }
        row.kioskID = kioskID
        row.districtCode = districtCode
        return row
    }

    /// What the kiosks of the citizen's district are sent.
    var record: PINRecord {
        PINRecord(
            cnic: cnic, verifier: verifier, changedHLC: changedHLC, failedAttempts: failedAttempts, lockedUntilMillis: lockedUntilMillis,
            stateHLC: stateHLC, kioskID: kioskID
        )
    }
}

/// The words of refusals that need the central's tables.
enum OtherOperationWords {
    static func notInRegistry(_ cnic: CNIC) -> String {
        "citizen \(cnic.masked) is not in the central registry, so no kiosk may set their PIN"
    }

    static func notEnrolledFor(kioskID: String, district: Int) -> String {
        "kiosk \(kioskID) is not enrolled for district \(district), the citizen's district: a PIN travels only between the kiosks that keep the citizen's records"
    }

    static func noIssuer(kioskID: String) -> String {
        "the pass revocation names no issuer and kiosk \(kioskID) has no enrolled issuer key"
    }
}
