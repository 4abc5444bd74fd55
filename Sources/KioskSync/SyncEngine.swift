import Crypto
import Foundation
import KioskStore
import SyncProtocol

/// The kiosk's sync engine: pushes the outbox in order, then pulls changes, against one central store.
///
/// - Marks an operation delivered only after the central's acknowledgement, in one transaction with the
///   application's new status (`RegistryDatabase.recordAcknowledgements`).
/// - Reaches the registry only through its asynchronous calls: a busy database suspends the engine, it
///   never blocks one of Swift's cooperative threads.
/// - A failure of the kiosk's own database ends the round as `.localDatabase`, not as the central's fault.
/// - Transient errors (no network, 5xx, dropped reply) end the round; the operations stay pending and
///   are sent again later with the same ids, which the central recognises.
/// - A batch the central refuses as a whole is split until the one operation it refuses is found; that
///   operation is marked failed for an operator, and the others go on.
/// - Each pulled page and its cursor are applied in one transaction.
public actor SyncEngine {
    public struct Settings: Sendable {
        public var batchSize: Int
        public var pullPageSize: Int
        /// District codes whose registry records this kiosk carries.
        public var districts: [Int]
        /// The pinned provincial root (raw 32-byte Ed25519 public key): with it, the engine fetches and verifies
        /// newer trust bundles; without it, it fetches none.
        public var trustRoot: Data?

        public init(batchSize: Int = 200, pullPageSize: Int = 500, districts: [Int] = [], trustRoot: Data? = nil) {
            self.batchSize = max(1, min(batchSize, SyncWire.maxOperationsPerPush))
            self.pullPageSize = max(1, min(pullPageSize, SyncWire.maxChangesPerPull))
            self.districts = districts
            self.trustRoot = trustRoot
        }

        /// The pull scope key: the cursor is kept per set of districts, so asking for another set starts
        /// that set from the beginning.
        public var pullScope: String { "districts:" + districts.sorted().map(String.init).joined(separator: ",") }
    }

    private let registry: RegistryDatabase
    private let transport: any SyncTransport
    private let settings: Settings
    private let now: @Sendable () -> Date
    private let fault: @Sendable (SyncFaultPoint) -> Void

    public init(
        registry: RegistryDatabase, transport: any SyncTransport, settings: Settings = Settings(),
        now: @escaping @Sendable () -> Date = { Date() }, fault: @escaping @Sendable (SyncFaultPoint) -> Void = { _ in }
    ) {
        self.registry = registry
        self.transport = transport
        self.settings = settings
        self.now = now
        self.fault = fault
    }

    /// One round: the whole outbox as far as the central takes it, then every page of changes.
    public func syncOnce() async -> SyncRoundReport {
        var report = SyncRoundReport()
        do throws(SyncStopReason) {
            try await pushAll(into: &report)
            try await pullAll(into: &report)
            await fetchTrustBundle(into: &report)
            let registry = self.registry, finished = now()
            try await local { () async throws(RegistryError) in try await registry.recordSyncCompleted(at: finished) }
        } catch {
            report.stoppedBy = error
        }
        return report
    }

    /// Asks the central whether it is there (and records the contact).
    public func probe() async -> Result<HealthResponse, SyncTransportError> {
        do {
            let health = try await transport.probe()
            try? await registry.recordContact(at: now(), centralClock: health.centralClock)
            return .success(health)
        } catch {
            return .failure(error)
        }
    }

    // MARK: push

    /// The registry call `body` makes, its error as a stop reason that blames the kiosk's database.
    private func local<T: Sendable>(_ body: () async throws(RegistryError) -> T) async throws(SyncStopReason) -> T {
        do { return try await body() } catch { throw .localDatabase(error) }
    }

    /// The transport call `body` makes, its error as a stop reason that names the central.
    private func central<T: Sendable>(_ body: () async throws(SyncTransportError) -> T) async throws(SyncStopReason) -> T {
        do { return try await body() } catch { throw .central(error) }
    }

    private func pushAll(into report: inout SyncRoundReport) async throws(SyncStopReason) {
        var attemptedInThisRound = Set<String>()
        let registry = self.registry, limit = settings.batchSize
        while true {
            let pending = try await local { () async throws(RegistryError) in try await registry.operationsToSend(limit: limit) }
                .filter { !attemptedInThisRound.contains($0.opID) }
            guard let first = pending.first else { return }
            let batch = Array(pending.prefix { $0.kioskID == first.kioskID })
            let outcome = try await push(batch)
            report.batches += outcome.batches
            report.acknowledgements.add(outcome.tally)
            if let gaps = outcome.gaps { report.centralGaps = gaps }
            attemptedInThisRound.formUnion(batch.map(\.opID))
        }
    }

    /// What pushing one batch (and its halves) did.
    private struct BatchOutcome {
        var batches = 0
        var tally = AcknowledgementTally()
        var gaps: [String]?

        mutating func add(_ other: BatchOutcome) {
            batches += other.batches
            tally.add(other.tally)
            if let gaps = other.gaps { self.gaps = gaps }
        }
    }

    /// Pushes one batch; a batch refused as a whole is halved until the refused operation is alone.
    private func push(_ batch: [PushOperation]) async throws(SyncStopReason) -> BatchOutcome {
        let registry = self.registry, sentAt = now()
        let reading = try await local { () async throws(RegistryError) in
            try await registry.noteSendAttempt(opIDs: batch.map(\.opID), at: sentAt)
            return try await registry.clockReading(at: sentAt)
        }
        let request = PushRequest(kioskID: batch[0].kioskID, sentAt: reading, operations: batch)
        let result: Result<PushResponse, SyncTransportError>
        do { result = .success(try await transport.push(request)) } catch { result = .failure(error) }
        switch result {
        case .failure(let error):
            guard case .refused(let status, let message) = error else { throw .central(error) }
            return try await pushRefused(batch, reason: "HTTP \(status): \(message)")
        case .success(let response):
            guard response.acknowledgements.map(\.opID) == batch.map(\.opID) else {
                throw .central(.badReply("the acknowledgements do not match the operations sent"))
            }
            fault(.afterAcknowledgementBeforeCommit)
            var outcome = BatchOutcome(batches: 1)
            let answeredAt = now()
            outcome.tally = try await local { () async throws(RegistryError) in
                try await registry.recordAcknowledgements(response, at: answeredAt)
            }
            outcome.gaps = response.gaps.map { $0.first == $0.last ? "\($0.first)" : "\($0.first)–\($0.last)" }
            return outcome
        }
    }

    /// A batch the central refused as a whole: split it; a lone refused operation is marked failed.
    private func pushRefused(_ batch: [PushOperation], reason: String) async throws(SyncStopReason) -> BatchOutcome {
        guard batch.count > 1 else {
            let refusal = OperationDelivery(opID: batch[0].opID, outcome: .rejected, centralReceivedAt: nil, reason: reason)
            let registry = self.registry, instant = now()
            var outcome = BatchOutcome()
            outcome.tally = try await local { () async throws(RegistryError) in
                let clock = try await registry.clockReading(at: instant)
                return try await registry.recordDeliveries([refusal], centralClock: clock, at: instant)
            }
            return outcome
        }
        let half = batch.count / 2
        var outcome = try await push(Array(batch[..<half]))
        outcome.add(try await push(Array(batch[half...])))
        return outcome
    }

    // MARK: pull

    private func pullAll(into report: inout SyncRoundReport) async throws(SyncStopReason) {
        let scope = settings.pullScope, registry = self.registry, transport = self.transport
        var cursor = try await local { () async throws(RegistryError) in try await registry.syncCursor(scope: scope) }
        guard let kioskID = try await kioskID() else { return }
        while true {
            let request = PullRequest(kioskID: kioskID, cursor: cursor, districts: settings.districts.sorted(), limit: settings.pullPageSize)
            let page = try await central { () async throws(SyncTransportError) in try await transport.pull(request) }
            let asked = cursor
            if let problem = PulledPageCheck.problem(page, askedCursor: asked) { throw .central(.badReply(problem)) }
            fault(.afterPullBeforeCommit)
            let instant = now()
            let tally = try await local { () async throws(RegistryError) in
                try await registry.applyPulledChanges(page, scope: scope, fromCursor: asked, at: instant)
            }
            report.pages += 1
            report.pulled.statuses += tally.statuses
            report.pulled.citizens += tally.citizens
            report.pulled.trust += tally.trust
            report.pulled.pins += tally.pins
            report.pulled.skipped += tally.skipped
            if let announced = page.trustBundleVersion { announcedTrustBundle = max(announcedTrustBundle ?? 0, announced) }
            guard tally.applied else {
                cursor = try await local { () async throws(RegistryError) in try await registry.syncCursor(scope: scope) }
                continue
            }
            guard page.hasMore, page.nextCursor > cursor else { return }
            cursor = page.nextCursor
        }
    }

    private var configuredKioskID: String?
    /// The highest trust bundle version a pull announced this round.
    private var announcedTrustBundle: Int64?

    /// After the pull: fetch, verify and store a newer trust bundle when one was announced (see `TrustBundleFetch`).
    private func fetchTrustBundle(into report: inout SyncRoundReport) async {
        defer { announcedTrustBundle = nil }
        guard let raw = settings.trustRoot, let root = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { return }
        report.trustBundle = await TrustBundleFetch(registry: registry, transport: transport, pinnedRoot: root)
            .run(announced: announcedTrustBundle, now: now())
    }

    /// Sets the id this kiosk pulls as (its configured id); without one, the id of its outbox.
    public func setKioskID(_ id: String) {
        configuredKioskID = RegistryDatabase.canonicalKioskID(id)
    }

    private func kioskID() async throws(SyncStopReason) -> String? {
        if let configuredKioskID { return configuredKioskID }
        let registry = self.registry
        return try await local { () async throws(RegistryError) in try await registry.newestOutboxKioskID() }
    }

    /// The kiosk's queue as it stands (the loop's report after every round).
    public func snapshot() async throws(RegistryError) -> SyncSnapshot {
        try await registry.readSyncSnapshot()
    }
}
