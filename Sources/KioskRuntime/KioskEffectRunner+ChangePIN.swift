import AuditTrail
import IdentityCore
import KioskApp
import KioskStore

extension KioskEffectRunner {
    /// Change PIN: the old PIN is checked like a sign-in (the try counts), then the new one (not weak) is saved.
    func changePIN(_ cnic: CNIC, old: String, new: String) throws -> KioskEvent {
        let registry = environment.registry
        let stored = try registry.pinCredential(for: cnic)
        let (outcome, updated) = policy.check(old, against: stored, now: environment.now())
        if let updated, updated != stored { _ = try registry.savePINState(updated, for: cnic) }
        switch outcome {
        case .accepted: break
        case .wrong(let triesLeft): return .pinChangeAnswered(.wrongOld(triesLeft: triesLeft))
        case .locked(let until): return .pinChangeAnswered(.locked(until: until))
        case .noPIN: return .pinChangeAnswered(.refused("You have no PIN yet. Please ask at the counter."))
        }
        let birthDate = try registry.citizen(cnic)?.birthDate
        if let weakness = PINStrength.weakness(of: new, birthDate: birthDate) { return .pinChangeAnswered(.refused(weakness.explanation)) }
        let credential = try PINCredential.make(pin: new)
        if registry.auditSigner != nil {
            // Audited, and the new verifier syncs to the kiosks of the citizen's district.
            try registry.setPIN(credential, for: cnic, audit: AuditEvent(action: .pinChanged, cnic: cnic), now: environment.now())
        } else {
            // A kiosk with no device key (never enrolled) has no central to tell and nothing to sign with.
            try registry.setPIN(credential, for: cnic)
        }
        return .pinChangeAnswered(.changed)
    }
}
