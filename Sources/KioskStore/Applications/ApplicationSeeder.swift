import Foundation
import IdentityCore
import Services

/// Makes demo applications through `ApplicationSubmitter` (the one submit path): citizens drawn at
/// random from the registry, a service each may apply for, answers made up per field and checked by
/// the validator. Deterministic for a given random generator and registry.
public struct ApplicationSeeder: Sendable {
    /// The submit path the applications go through.
    public let submitter: ApplicationSubmitter
    /// The services to apply for.
    public let services: [ServiceDefinition]
    /// For district answers and prefill.
    public let districts: DistrictCatalog
    /// Applications per transaction.
    public let batchSize: Int

    /// A seeder submitting through `submitter`, `batchSize` applications per transaction.
    public init(submitter: ApplicationSubmitter, services: [ServiceDefinition], districts: DistrictCatalog, batchSize: Int = 1_000) {
        precondition(batchSize > 0)
        self.submitter = submitter
        self.services = services.sorted { $0.id < $1.id }
        self.districts = districts
        self.batchSize = batchSize
    }

    /// Submits `count` applications and returns how many were made (fewer only when the registry
    /// has too few eligible citizens). Batch `k` is submitted at `time(k)`; `progress(done, count)`
    /// follows each batch.
    @discardableResult
    public func seed(
        count: Int, using random: inout some RandomNumberGenerator, time: (_ batch: Int) -> Date,
        progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) throws(ApplicationError) -> Int {
        guard count > 0, !services.isEmpty else { return 0 }
        let range: ClosedRange<Int64>
        do {
            guard let found = try submitter.registry.cnicNumberRange() else { return 0 }
            range = found
        } catch { throw .storage(error) }
        let byID = Dictionary(services.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var made = 0, batchIndex = 0, misses = 0
        while made < count {
            let now = time(batchIndex)
            let today = CalendarDate(pakistanDayOf: now)
            var drafts: [ApplicationDraft] = []
            while drafts.count < min(batchSize, count - made) {
                guard misses < 1_000 + count * 20 else { break }
                guard let next = try makeDraft(in: range, today: today, random: &random) else { misses += 1; continue }
                drafts.append(next)
            }
            if drafts.isEmpty { break }
            made += try submitter.submit(drafts, service: { byID[$0] }, now: now).count
            batchIndex += 1
            progress(made, count)
        }
        return made
    }

    /// A draft for a random citizen and a random service they may apply for; nil when the draw found none.
    private func makeDraft(in range: ClosedRange<Int64>, today: CalendarDate, random: inout some RandomNumberGenerator) throws(ApplicationError) -> ApplicationDraft? {
        let citizen: Citizen?
        do { citizen = try submitter.registry.citizen(atOrAfter: Int64.random(in: range, using: &random)) } catch { throw .storage(error) }
        guard let citizen else { return nil }
        let eligible = services.filter { EligibilityCheck.reason(service: $0, citizen: citizen, today: today) == nil }
        guard let service = eligible.randomElement(using: &random),
              let answers = SampleAnswers(districts: districts).valid(for: service, citizen: citizen, today: today, using: &random)
        else { return nil }
        return ApplicationDraft(serviceID: service.id, serviceVersion: service.version, cnic: citizen.cnic, answers: answers)
    }

    /// Answers for `service` that `FormValidator` accepts for `citizen` (prefilled from the registry,
    /// the rest made up per field); nil when none were found in a few tries.
    public static func sampleAnswers(
        for service: ServiceDefinition, citizen: Citizen, districts: DistrictCatalog, today: CalendarDate,
        using random: inout some RandomNumberGenerator
    ) -> [String: String]? {
        SampleAnswers(districts: districts).valid(for: service, citizen: citizen, today: today, using: &random)
    }
}
