import AuditTrail
import Foundation
import IdentityCore
import KioskApp
import KioskStore

/// The desk's passes: issuing, reissuing and revoking, each with its audit entry. A revocation (on its own
/// or as part of a reissue) goes through the registry's audited call, which queues the `pass.revoked`
/// operation, so the central hears of it and lists it in its next trust bundle.
extension DeskEffectRunner {
    /// Issues (or reissues) the citizen's pass and records who did it. A reissue finds a signer first (a
    /// citizen is never left without a pass), then revokes the latest pass like `revokePass` does.
    func issuePass(_ cnic: CNIC, operatorID: String, reissue: Bool, now: Date) throws -> IssuedPass {
        let registry = environment.registry
        let trust = try environment.verificationTrustList()
        let desk: PassDesk
        if reissue {
            let signer = try environment.passSigner()
            desk = PassDesk(registry: registry, signer: signer)
            if let latest = try registry.latestPass(for: cnic), latest.revokedAt == nil {
                try revoke(latest, operatorID: operatorID, reason: "reissued", trust: trust, now: now)
            }
        } else {
            desk = PassDesk(registry: registry, makeSigner: { [environment] in try environment.passSigner() })
        }
        let pass = try desk.currentPass(for: cnic, now: now, trustList: trust)
        try registry.appendAudit(
            AuditEvent(action: .passIssued, operatorID: operatorID, cnic: cnic, detail: ["serial": String(pass.serial)]), now: now)
        return IssuedPass(text: pass.text, serial: pass.serial, validUntil: pass.expiresOn)
    }

    /// Revokes `pass` in one transaction with its `pass.revoked` operation and audit entry, naming the
    /// issuer key when the trust list holds exactly one key of the pass's key id.
    func revoke(_ pass: PassRecord, operatorID: String, reason: String?, trust: TrustList, now: Date) throws {
        var detail = ["serial": String(pass.serial)]
        if let reason { detail["reason"] = reason }
        let audit = AuditEvent(action: .passRevoked, operatorID: operatorID, cnic: pass.cnic, detail: detail)
        try PassDesk(registry: environment.registry, makeSigner: { [environment] in try environment.passSigner() })
            .revoke(pass, audit: audit, trust: trust, now: now)
    }
}
