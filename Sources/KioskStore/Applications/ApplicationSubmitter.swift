import Foundation
import IdentityCore
import Services

/// The one way an application is submitted — by the kiosk wizard's effect runner, by
/// `seed --applications` and by the benchmark: the citizen is looked up, their eligibility checked,
/// the answers validated with `FormValidator`, and only then are the application and its outbox
/// row written in one transaction (`RegistryDatabase.submitApplication`, which also computes the fee).
/// A refusal at any step writes nothing.
public struct ApplicationSubmitter: Sendable {
    /// Where applications are written.
    public let registry: RegistryDatabase
    /// This kiosk's id: the first part of tracking numbers and the key of its sequence.
    public let kioskID: String

    /// Where new ids come from.
    public let ids: ApplicationIDSource

    /// A submitter writing into `registry` as kiosk `kioskID`, with ids from `ids`.
    public init(registry: RegistryDatabase, kioskID: String, ids: ApplicationIDSource = .uuidV7) {
        self.ids = ids
        self.registry = registry
        self.kioskID = kioskID
    }

    /// Checks and records one application; the receipt comes back only after the commit. `assistedBy`:
    /// the operator who applied on the citizen's behalf (recorded in the payload and the audit trail).
    public func submit(
        _ draft: ApplicationDraft, service: ServiceDefinition, now: Date, assistedBy: String? = nil
    ) throws(ApplicationError) -> ApplicationReceipt {
        try check(draft, service: service, today: CalendarDate(pakistanDayOf: now))
        return try registry.submitApplication(draft, service: service, kioskID: kioskID, now: now, ids: ids, assistedBy: assistedBy)
    }

    /// Checks every draft, then records them all in one transaction (bulk loads); the first refusal
    /// stops the batch before anything is written.
    public func submit(_ drafts: [ApplicationDraft], service: (String) -> ServiceDefinition?, now: Date) throws(ApplicationError) -> [ApplicationReceipt] {
        let today = CalendarDate(pakistanDayOf: now)
        for draft in drafts {
            guard let definition = service(draft.serviceID) else {
                throw .wrongService(draftServiceID: draft.serviceID, serviceID: "none in the catalog")
            }
            try check(draft, service: definition, today: today)
        }
        return try registry.submitApplications(drafts, service: service, kioskID: kioskID, now: now, ids: ids)
    }

    /// Everything short of writing: same service and version, a registered citizen who may apply, valid answers.
    public func check(_ draft: ApplicationDraft, service: ServiceDefinition, today: CalendarDate) throws(ApplicationError) {
        guard draft.serviceID == service.id else { throw .wrongService(draftServiceID: draft.serviceID, serviceID: service.id) }
        guard draft.serviceVersion == service.version else {
            throw .serviceVersionChanged(serviceID: service.id, draftVersion: draft.serviceVersion, currentVersion: service.version)
        }
        let citizen: Citizen?
        do { citizen = try registry.citizen(draft.cnic) } catch { throw .storage(error) }
        guard let citizen else { throw .unknownCitizen(cnic: draft.cnic.masked) }
        if let reason = EligibilityCheck.reason(service: service, citizen: citizen, today: today) {
            throw .notEligible(reason: reason)
        }
        let errors = FormValidator.errors(in: draft, service: service, today: today)
        guard errors.isEmpty else {
            let order = Dictionary(service.fields.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            let problems = errors
                .sorted { (order[$0.key] ?? Int.max, $0.key) < (order[$1.key] ?? Int.max, $1.key) }
                .map { ApplicationError.FieldProblem(field: $0.key, message: $0.value) }
            throw .invalidAnswers(problems)
        }
    }
}
