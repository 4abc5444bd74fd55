import AuditTrail
import Foundation
import IdentityCore
import KioskStore

/// Issues a citizen's Khyber Pass from this kiosk's registry, or hands back the one they already hold.
public struct PassDesk: Sendable {
    /// Why a pass could not be issued.
    public enum Failure: LoggableError {
        /// Every 32-bit serial is taken.
        case serialsExhausted

        public var description: String { "pass serials are exhausted" }
    }

    /// Where passes are recorded.
    public let registry: RegistryDatabase
    /// The key passes are signed with, asked for only when a new pass is made (under a trust bundle the
    /// kiosk may hold no key that may sign now, yet still hand back a citizen's valid pass).
    private let makeSigner: @Sendable () throws -> any PassSigning
    /// How long a new pass is valid.
    public var validityMonths: UInt8 = 60

    /// A desk issuing from `registry` with `signer`.
    public init(registry: RegistryDatabase, signer: any PassSigning) {
        self.registry = registry
        self.makeSigner = { signer }
    }

    /// A desk that asks `makeSigner` for the signer when a new pass is needed.
    public init(registry: RegistryDatabase, makeSigner: @escaping @Sendable () throws -> any PassSigning) {
        self.registry = registry
        self.makeSigner = makeSigner
    }

    /// The citizen's current pass: the latest one when it is still valid and signed by a key we
    /// trust, else a new one. `reissue` revokes the latest and always makes a new one.
    public func currentPass(for cnic: CNIC, now: Date, trustList: TrustList, reissue: Bool = false) throws -> PassRecord {
        // A reissue needs a signer before it revokes anything: never leave a citizen with no pass.
        let early = reissue ? try makeSigner() : nil
        if let latest = try registry.latestPass(for: cnic) {
            if reissue {
                _ = try registry.revokePass(serial: latest.serial, at: now)
            } else if latest.revokedAt == nil, PassVerifier(trustList: trustList).verify(latest.text, now: now).isValid {
                return latest
            }
        }
        let today = CalendarDate(pakistanDayOf: now)
        let months = validityMonths
        let signer = try early ?? makeSigner()
        return try registry.issuePass(
            to: cnic, issuedOn: today, expiresOn: today.adding(months: Int(months)), keyID: String(signer.keyID)
        ) { serial in
            guard let serial32 = UInt32(exactly: serial) else { throw Failure.serialsExhausted }
            let claims = PassClaims(keyID: signer.keyID, cnic: cnic, serial: serial32, issuedOn: today, validityMonths: months)
            return try PassIssuer.issue(claims, with: signer)
        }
    }

    /// Revokes `pass` in ONE transaction with its `pass.revoked` operation (so the central hears of it) and
    /// the `audit` entry, naming the issuer key when `trust` holds exactly one key of the pass's key id.
    public func revoke(_ pass: PassRecord, audit: AuditEvent, trust: TrustList, now: Date) throws {
        let keys = trust.signers.filter { String($0.keyID) == pass.keyID }
        let issuer = keys.count == 1 ? keys[0].publicKey.rawRepresentation : nil
        _ = try registry.revokePass(serial: pass.serial, at: now, issuer: issuer, audit: audit)
    }
}
