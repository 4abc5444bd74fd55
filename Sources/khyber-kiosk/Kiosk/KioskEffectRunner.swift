import Foundation
import IdentityCore
import KioskApp
import KioskStore
import Services

/// Carries out the app core's effects against the registry, the signer and the clock, and turns
/// each result into the event the core waits for. Errors become `.effectFailed`, never a crash.
struct KioskEffectRunner {
    let folder: DataFolder
    let registry: RegistryDatabase
    let signer: any PassSigning
    let operatorPassword: OperatorPassword?
    /// The service definitions; a changed or added file takes effect without a restart (and a
    /// version change mid-form is caught at submit).
    let services: ServiceCatalogCache
    let districts: DistrictCatalog
    let kioskID: String
    var policy = PINPolicy()
    var clock: @Sendable () -> Date = { Date() }
    /// Called after an application is saved (the sync loop sends it at once when online).
    var afterSubmit: @Sendable () -> Void = {}

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
            case .loadServices:
                let catalog = services.current()
                return .servicesLoaded(available: catalog.services, unavailable: catalog.unavailable)
            case .startApplication(let serviceID, let cnic):
                guard let service = services.current().service(id: serviceID) else {
                    return .applicationRefused(LocalizedText(en: "This service is not available now.", ur: "یہ سروس اس وقت دستیاب نہیں۔"))
                }
                guard let citizen = try registry.citizen(cnic) else { return .effectFailed("no registry record for \(cnic.masked)") }
                let today = CalendarDate(pakistanDayOf: clock())
                return .applicationReady(
                    service,
                    prefilled: Prefill.answers(for: service, citizen: citizen, districts: districts),
                    ineligibleReason: EligibilityCheck.reason(service: service, citizen: citizen, today: today)
                )
            case .submitApplication(let draft):
                guard let service = services.current().service(id: draft.serviceID) else {
                    return .applicationRefused(LocalizedText(en: "This service is not available now. Nothing was submitted.", ur: "یہ سروس اس وقت دستیاب نہیں۔ کچھ جمع نہیں ہوا۔"))
                }
                do {
                    let receipt = try ApplicationSubmitter(registry: registry, kioskID: kioskID).submit(draft, service: service, now: clock())
                    afterSubmit()
                    return .applicationSubmitted(receipt)
                } catch .storage(let error) {
                    return .effectFailed(error.description)
                } catch {
                    return .applicationRefused(Self.refusal(error))
                }
            case .loadApplications(let cnic):
                return .applicationsLoaded(try registry.applications(for: cnic, catalog: services.current()))
            }
        } catch {
            return .effectFailed(Self.plainWords(error))
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
        if let cliError = error as? CLIError { return cliError.description }
        return "\(type(of: error))"
    }
}
