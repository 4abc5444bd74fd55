import Foundation
import IdentityCore
import KioskStore
import Services
import SyntheticRegistry

/// Submit latency on a large registry: copies the store bench's registry (`bench-registry.sqlite`,
/// made by `runStoreBenchmarks`) to `submit-registry.sqlite` so other benches are not disturbed,
/// loads 100,000 earlier applications through the submit path (one transaction per 1,000), then
/// times 500 single submits — eligibility + validation + one transaction with its outbox row, the
/// kiosk's real path — and reports median and p99. Works on any size of registry.
func runSubmitBenchmarks(dataDirectory: URL, earlierApplications: Int = 100_000, measured: Int = 500) throws -> [String] {
    let source = dataDirectory.appendingPathComponent("bench-registry.sqlite")
    let copy = dataDirectory.appendingPathComponent("submit-registry.sqlite")
    guard FileManager.default.fileExists(atPath: source.path) else {
        throw StoreBenchError(description: "\(source.path) is missing: run the store benchmark first")
    }
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy.path + suffix) }
    // The source is closed (TRUNCATE checkpoint) by the store bench, so the file alone is the database.
    try FileManager.default.copyItem(at: source, to: copy)

    let catalog = try SubmitBenchSupport.serviceCatalog()
    guard !catalog.services.isEmpty else { throw StoreBenchError(description: "no services in Assets/services") }
    let districts = try StoreBenchSupport.catalog()
    let registry = try RegistryDatabase(url: copy)
    defer { try? registry.close() }
    let citizens = try registry.citizenCount()
    var lines = ["Application submit, in-process (ApplicationSubmitter; \(citizens.formatted()) citizens, \(catalog.services.count) services)"]

    let submitter = ApplicationSubmitter(registry: registry, kioskID: "KP-BENCH-001")
    let seeder = ApplicationSeeder(submitter: submitter, services: catalog.services, districts: districts, batchSize: 1_000)
    var random = SplitMix64(seed: 7)
    let firstDay = Date().addingTimeInterval(-400 * 86_400)
    let loadStart = Stopwatch.now()
    let loaded = try seeder.seed(count: earlierApplications, using: &random, time: { batch in firstDay.addingTimeInterval(Double(batch) * 3_600) })
    let loadTime = Stopwatch.now() - loadStart
    lines.append("  load earlier applications  \(Stopwatch.format(nanoseconds: loadTime))  (\(loaded.formatted()) in batches of 1,000, \(Int(Double(loaded) / max(Double(loadTime) / 1e9, 1e-9)).formatted())/s)")

    // The drafts to submit are made beforehand: the wizard has them ready when the citizen presses Submit.
    let single = ApplicationSubmitter(registry: registry, kioskID: "KP-BENCH-002")
    let today = CalendarDate(pakistanDayOf: Date())
    var drafts: [(ApplicationDraft, ServiceDefinition)] = []
    guard let range = try registry.cnicNumberRange() else { throw StoreBenchError(description: "the registry is empty") }
    while drafts.count < measured + 20 {
        guard let citizen = try registry.citizen(atOrAfter: Int64.random(in: range, using: &random)) else { continue }
        let eligible = catalog.services.filter { EligibilityCheck.reason(service: $0, citizen: citizen, today: today) == nil }
        guard let service = eligible.randomElement(using: &random),
              let answers = SubmitBenchSupport.answers(service: service, citizen: citizen, districts: districts, today: today, random: &random)
        else { continue }
        drafts.append((ApplicationDraft(serviceID: service.id, serviceVersion: service.version, cnic: citizen.cnic, answers: answers), service))
    }
    for (draft, service) in drafts.prefix(20) { _ = try single.submit(draft, service: service, now: Date()) } // warm up
    let measuredDrafts = Array(drafts.dropFirst(20))
    let times = try Stopwatch.sample(measuredDrafts.count) { index in
        _ = try single.submit(measuredDrafts[index].0, service: measuredDrafts[index].1, now: Date())
    }
    lines.append("  submit (validate + 1 tx)   median \(Stopwatch.format(nanoseconds: Stopwatch.percentile(times, 50)))  p99 \(Stopwatch.format(nanoseconds: Stopwatch.percentile(times, 99)))  (\(measuredDrafts.count) submits, synchronous=FULL)")
    lines.append("  applications / pending outbox  \(try registry.applicationCount().formatted()) / \(try registry.pendingOutboxCount().formatted())")
    return lines
}

/// Inputs for `runSubmitBenchmarks`.
enum SubmitBenchSupport {
    /// Assets/services, from the working directory or next to the sources.
    static func serviceCatalog() throws -> ServiceCatalog {
        let candidates = [
            URL(fileURLWithPath: "Assets/services", isDirectory: true),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Assets/services", isDirectory: true),
        ]
        guard let folder = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw StoreBenchError(description: "Assets/services not found; run from the repository root")
        }
        return ServiceCatalog.load(directory: folder)
    }

    /// Valid answers for one draft, made by the same generator `seed --applications` uses.
    static func answers(service: ServiceDefinition, citizen: Citizen, districts: DistrictCatalog, today: CalendarDate,
                        random: inout SplitMix64) -> [String: String]? {
        ApplicationSeeder.sampleAnswers(for: service, citizen: citizen, districts: districts, today: today, using: &random)
    }
}
