import Foundation
import IdentityCore
import KioskApp
import KioskStore

/// Carries out the app core's effects against the registry, the signer and the clock, and turns
/// each result into the event the core waits for. Errors become `.effectFailed`, never a crash.
struct KioskEffectRunner {
    let folder: DataFolder
    let registry: RegistryDatabase
    let signer: any PassSigning
    let operatorPassword: OperatorPassword?
    var policy = PINPolicy()
    var clock: @Sendable () -> Date = { Date() }

    /// The event an effect produces; nil for effects the loop handles itself (wipe, quit).
    func run(_ effect: KioskEffect) -> KioskEvent? {
        do {
            switch effect {
            case .lookUpCitizen(let cnic):
                guard let citizen = try registry.citizen(cnic) else { return .citizenNotFound(cnic) }
                return .citizenFound(SessionCitizen(citizen), hasPIN: citizen.pin != nil)
            case .verifyScannedPass(let text):
                let verdict = PassVerifier(trustList: try folder.verificationTrustList(registry: registry)).verify(text, now: clock())
                let citizen = try verdict.claims.flatMap { try registry.citizen($0.cnic) }.map(SessionCitizen.init)
                return .passVerified(verdict, citizen)
            case .checkPIN(let cnic, let pin):
                let stored = try registry.pinCredential(for: cnic)
                let (outcome, updated) = policy.check(pin, against: stored, now: clock())
                if let updated, updated != stored { _ = try registry.savePINState(updated, for: cnic) }
                return .pinChecked(outcome)
            case .loadPass(let cnic):
                let record = try PassDesk(registry: registry, signer: signer)
                    .currentPass(for: cnic, now: clock(), trustList: try folder.verificationTrustList(registry: registry))
                return .passLoaded(text: record.text, validUntil: record.expiresOn)
            case .checkOperatorPassword(let password):
                return .operatorPasswordChecked(operatorPassword?.matches(password) ?? false)
            case .wipeScreen, .quit:
                return nil
            case .loadServices, .startApplication, .submitApplication, .loadApplications:
                return .effectFailed("not wired yet")
            }
        } catch {
            return .effectFailed(Self.plainWords(error))
        }
    }

    /// An error in words for the operator's small print: never a PIN, never a full CNIC.
    static func plainWords(_ error: any Error) -> String {
        if let registryError = error as? RegistryError { return registryError.description }
        if let cliError = error as? CLIError { return cliError.description }
        return "\(type(of: error))"
    }
}
