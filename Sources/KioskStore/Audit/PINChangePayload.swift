import Foundation
import IdentityCore

/// The payload of a `pin.set` or `pin.state` outbox operation: the citizen's PIN VERIFIER (scrypt hash,
/// salt, cost — `verifier` only on `pin.set`, never the PIN) and lock-out state, with the kiosk clock
/// reading that orders it against changes made elsewhere. Sorted-key JSON.
struct PINChangePayload: Codable, Equatable, Sendable {
    struct Verifier: Codable, Equatable, Sendable {
        /// Base64 of the 32-byte scrypt output.
        var hash: String
        /// Base64 of the 16-byte salt.
        var salt: String
        var costLog2: Int
    }

    var format = 1
    /// The 13 digits.
    var cnic: String
    var verifier: Verifier?
    var failedAttempts: Int
    var lockedUntilMillis: Int64?
    /// The kiosk's hybrid logical clock reading of the change (`HLCTimestamp.text`).
    var hlc: String

    init(cnic: CNIC, credential: PINCredential, withVerifier: Bool, hlc: String) {
        self.cnic = cnic.digits
        if withVerifier {
            verifier = Verifier(hash: credential.hash.base64EncodedString(), salt: credential.salt.base64EncodedString(), costLog2: credential.costLog2)
        }
        failedAttempts = credential.failedAttempts
        lockedUntilMillis = credential.lockedUntil.map(RegistryDatabase.millis)
        self.hlc = hlc
    }

    func encoded() throws -> Data { try JSONEncoder.sorted.encode(self) }

    /// `pin:17301-•••••67-1`: the entity an operation names (no full CNIC in the outbox's columns).
    static func entity(_ cnic: CNIC) -> String { "pin:" + cnic.masked }
}

/// The payload of a `pass.revoked` outbox operation: which pass (issuer key when known, serial) and when.
struct PassRevocationPayload: Codable, Equatable, Sendable {
    var format = 1
    var serial: Int64
    /// Base64 of the issuer's 32-byte public key; nil when the caller did not know it (the central then
    /// takes the kiosk's enrolled issuer key).
    var issuer: String?
    var revokedAtMillis: Int64
    /// The 13 digits of the pass holder.
    var cnic: String
}
