import Foundation
import IdentityCore
import KioskStore

/// Issues a citizen's Khyber Pass from this data folder, or hands back the one they already hold.
struct PassDesk {
    let registry: RegistryDatabase
    let signer: any PassSigning
    /// How long a new pass is valid.
    var validityMonths: UInt8 = 60

    /// The citizen's current pass: the latest one when it is still valid and signed by a key we
    /// trust, else a new one. `reissue` revokes the latest and always makes a new one.
    func currentPass(for cnic: CNIC, now: Date, trustList: TrustList, reissue: Bool = false) throws -> PassRecord {
        if let latest = try registry.latestPass(for: cnic) {
            if reissue {
                _ = try registry.revokePass(serial: latest.serial, at: now)
            } else if latest.revokedAt == nil, PassVerifier(trustList: trustList).verify(latest.text, now: now).isValid {
                return latest
            }
        }
        let today = CalendarDate(pakistanDayOf: now)
        let months = validityMonths
        let signer = self.signer
        return try registry.issuePass(
            to: cnic, issuedOn: today, expiresOn: today.adding(months: Int(months)), keyID: String(signer.keyID)
        ) { serial in
            guard let serial32 = UInt32(exactly: serial) else { throw CLIError("pass serials are exhausted") }
            let claims = PassClaims(keyID: signer.keyID, cnic: cnic, serial: serial32, issuedOn: today, validityMonths: months)
            return try PassIssuer.issue(claims, with: signer)
        }
    }
}
