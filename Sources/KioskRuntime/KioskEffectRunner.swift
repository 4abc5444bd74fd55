import Foundation
import IdentityCore
import KioskApp
import KioskStore
import Services

/// Carries out the app core's effects against the kiosk's environment and turns each result into
/// the event the core waits for. Errors become `.effectFailed`, never a crash. Runs off the
/// terminal's thread (the loop starts each effect as a task), so a PIN hash or a name search never
/// freezes the screen.
public struct KioskEffectRunner: Sendable {
    /// The registry, signer, clock and the rest.
    public let environment: KioskEnvironment
    /// How PIN tries are counted and locked.
    public var policy = PINPolicy()

    /// A runner over `environment`.
    public init(environment: KioskEnvironment) {
        self.environment = environment
    }

    /// The event an effect produces; nil for effects the loop carries out itself (wipe, quit, sync).
    public func run(_ effect: KioskEffect) -> KioskEvent? {
        let registry = environment.registry
        do {
            switch effect {
            case .lookUpCitizen(let cnic):
                guard let citizen = try registry.citizen(cnic) else { return .citizenNotFound(cnic) }
                return .citizenFound(SessionCitizen(citizen), hasPIN: citizen.pin != nil)
            case .verifyScannedPass(let text):
                let verdict = PassVerifier(trustList: try environment.verificationTrustList()).verify(text, now: environment.now())
                let citizen = try verdict.claims.flatMap { try registry.citizen($0.cnic) }.map(SessionCitizen.init)
                return .passVerified(verdict, citizen)
            case .checkPIN(let cnic, let pin):
                let stored = try registry.pinCredential(for: cnic)
                let (outcome, updated) = policy.check(pin, against: stored, now: environment.now())
                if let updated, updated != stored { _ = try registry.savePINState(updated, for: cnic, now: environment.now()) }
                return .pinChecked(outcome)
            case .loadPass(let cnic):
                let record = try PassDesk(registry: registry, makeSigner: { [environment] in try environment.passSigner() })
                    .currentPass(for: cnic, now: environment.now(), trustList: try environment.verificationTrustList())
                return .passLoaded(text: record.text, validUntil: record.expiresOn)
            case .checkOperatorPassword(let password):
                return .operatorPasswordChecked(environment.checkOperatorPassword(password))
            case .wipeScreen, .quit, .requestSync:
                return nil
            case .loadServices:
                let catalog = environment.services.current()
                return .servicesLoaded(available: catalog.services, unavailable: catalog.unavailable)
            case .startApplication(let serviceID, let cnic):
                guard let service = environment.services.current().service(id: serviceID) else {
                    return .applicationRefused(LocalizedText(en: "This service is not available now.", ur: "یہ سروس اس وقت دستیاب نہیں۔"))
                }
                guard let citizen = try registry.citizen(cnic) else { return .effectFailed("no registry record for \(cnic.masked)") }
                let today = CalendarDate(pakistanDayOf: environment.now())
                return .applicationReady(
                    service,
                    prefilled: Prefill.answers(for: service, citizen: citizen, districts: environment.districts),
                    ineligibleReason: EligibilityCheck.reason(service: service, citizen: citizen, today: today)
                )
            case .submitApplication(let draft):
                return submit(draft)
            case .loadApplications(let cnic):
                return .applicationsLoaded(try registry.applications(for: cnic, catalog: environment.services.current()))
            case .desk(let deskEffect):
                return try DeskEffectRunner(environment: environment).run(deskEffect)
            case .changePIN(let cnic, let old, let new):
                return try changePIN(cnic, old: old, new: new)
            case .recordFreeze(let reason):
                // A kiosk without its device key keeps no audit trail (as for a citizen's Change PIN).
                guard registry.auditSigner != nil else { return nil }
                try registry.appendAudit(FreezeAudit.event(reason), now: environment.now())
                return nil
            }
        } catch {
            return .effectFailed(Self.plainWords(error))
        }
    }

    /// Submits `draft`; `assistedBy`: the operator who filled it in for the citizen (recorded in the payload and
    /// the audit trail, in the same transaction).
    func submit(_ draft: ApplicationDraft, assistedBy: String? = nil) -> KioskEvent {
        guard let service = environment.services.current().service(id: draft.serviceID) else {
            return .applicationRefused(LocalizedText(en: "This service is not available now. Nothing was submitted.", ur: "یہ سروس اس وقت دستیاب نہیں۔ کچھ جمع نہیں ہوا۔"))
        }
        do {
            let submitter = ApplicationSubmitter(registry: environment.registry, kioskID: environment.kioskID, ids: environment.applicationIDs)
            return .applicationSubmitted(try submitter.submit(draft, service: service, now: environment.now(), assistedBy: assistedBy))
        } catch .storage(let error) {
            return .effectFailed(error.description)
        } catch {
            return .applicationRefused(Self.refusal(error))
        }
    }

    /// A refused submit in words for the citizen (the submit path's own plain message).
    static func refusal(_ error: ApplicationError) -> LocalizedText {
        switch error {
        case .notEligible(let reason): reason
        case .invalidAnswers(let problems): problems.first?.message ?? LocalizedText(en: "Some answers need checking.", ur: "کچھ جوابات دیکھنے ہیں۔")
        case .serviceVersionChanged:
            LocalizedText(en: "This form was updated while you were filling it in. Nothing was submitted. Please start again.",
                          ur: "یہ فارم تبدیل ہو گیا ہے۔ کچھ جمع نہیں ہوا۔ دوبارہ شروع کریں۔")
        default: LocalizedText(en: error.description, ur: "درخواست جمع نہیں ہو سکی۔")
        }
    }

    /// An error in words for the operator's small print: never a PIN, never a full CNIC.
    static func plainWords(_ error: any Error) -> String {
        if let registryError = error as? RegistryError { return registryError.description }
        if let described = error as? any LoggableError { return described.description }
        return "\(type(of: error))"
    }
}
