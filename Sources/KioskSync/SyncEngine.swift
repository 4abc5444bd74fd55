import Foundation
import KioskStore
import SyncProtocol

/// The kiosk's sync engine: pushes the outbox in order, then pulls changes, against one central store.
///
/// - Marks an operation delivered only after the central's acknowledgement, in one transaction with the
///   application's new status (`RegistryDatabase.recordAcknowledgements`).
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

        public init(batchSize: Int = 200, pullPageSize: Int = 500, districts: [Int] = []) {
            self.batchSize = max(1, min(batchSize, SyncWire.maxOperationsPerPush))
            self.pullPageSize = max(1, min(pullPageSize, SyncWire.maxChangesPerPull))
            self.districts = districts
        }

        /// The pull scope key: the cursor is kept per set of districts, so asking for another set starts
        /// that set from the beginning.
        public var pullScope: String { "districts:" + districts.sorted().map(String.init).joined(separator: ",") }
    }

    private let registry: RegistryDatabase
    /// The registry, for the loop's snapshots.
    nonisolated var registryForLoop: RegistryDatabase { registry }
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
        do {
            try await pushAll(into: &report)
            try await pullAll(into: &report)
            try registry.recordSyncCompleted(at: now())
        } catch let error as SyncTransportError {
            report.stoppedBy = error
        } catch {
            report.stoppedBy = .badReply("the kiosk's database: \(error)")
        }
        return report
    }

    /// Asks the central whether it is there (and records the contact).
    public func probe() async -> Result<HealthResponse, SyncTransportError> {
        do {
            let health = try await transport.probe()
            try? registry.recordContact(at: now(), centralClock: health.centralClock)
            return .success(health)
        } catch {
            return .failure(error)
        }
    }

    // MARK: push

    private func pushAll(into report: inout SyncRoundReport) async throws {
        var attemptedInThisRound = Set<String>()
        while true {
            let pending = try registry.operationsToSend(limit: settings.batchSize)
                .filter { !attemptedInThisRound.contains($0.opID) }
            guard let first = pending.first else { return }
            let batch = Array(pending.prefix { $0.kioskID == first.kioskID })
            let outcome = try await push(batch)
            report.batches += outcome.batches
            report.acknowledgements.accepted += outcome.tally.accepted
            report.acknowledgements.duplicates += outcome.tally.duplicates
            report.acknowledgements.conflicts += outcome.tally.conflicts
            report.acknowledgements.rejected += outcome.tally.rejected
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
            tally.accepted += other.tally.accepted
            tally.duplicates += other.tally.duplicates
            tally.conflicts += other.tally.conflicts
            tally.rejected += other.tally.rejected
            if let gaps = other.gaps { self.gaps = gaps }
        }
    }

    /// Pushes one batch; a batch refused as a whole is halved until the refused operation is alone.
    private func push(_ batch: [PushOperation]) async throws -> BatchOutcome {
        try registry.noteSendAttempt(opIDs: batch.map(\.opID), at: now())
        let request = PushRequest(kioskID: batch[0].kioskID, sentAt: try registry.clockReading(at: now()), operations: batch)
        let result: Result<PushResponse, SyncTransportError>
        do { result = .success(try await transport.push(request)) } catch { result = .failure(error) }
        switch result {
        case .failure(let error):
            guard case .refused(let status, let message) = error else { throw error }
            return try await pushRefused(batch, reason: "HTTP \(status): \(message)")
        case .success(let response):
            guard response.acknowledgements.map(\.opID) == batch.map(\.opID) else {
                throw SyncTransportError.badReply("the acknowledgements do not match the operations sent")
            }
            fault(.afterAcknowledgementBeforeCommit)
            var outcome = BatchOutcome(batches: 1)
            outcome.tally = try registry.recordAcknowledgements(response, at: now())
            outcome.gaps = response.gaps.map { $0.first == $0.last ? "\($0.first)" : "\($0.first)–\($0.last)" }
            return outcome
        }
    }

    /// A batch the central refused as a whole: split it; a lone refused operation is marked failed.
    private func pushRefused(_ batch: [PushOperation], reason: String) async throws -> BatchOutcome {
        guard batch.count > 1 else {
            let refusal = OperationAcknowledgement(
                opID: batch[0].opID, sequence: batch[0].sequence, outcome: .rejected, receivedAtMillis: 0, reason: reason
            )
            let clock = try registry.clockReading(at: now())
            var outcome = BatchOutcome()
            outcome.tally = try registry.recordAcknowledgements(
                PushResponse(centralClock: clock, acknowledgements: [refusal], gaps: [], highestSequence: 0), at: now()
            )
            return outcome
        }
        let half = batch.count / 2
        var outcome = try await push(Array(batch[..<half]))
        outcome.add(try await push(Array(batch[half...])))
        return outcome
    }

    // MARK: pull

    private func pullAll(into report: inout SyncRoundReport) async throws {
        let scope = settings.pullScope
        var cursor = try registry.syncCursor(scope: scope)
        guard let kioskID = try kioskID() else { return }
        while true {
            let request = PullRequest(kioskID: kioskID, cursor: cursor, districts: settings.districts.sorted(), limit: settings.pullPageSize)
            let page = try await transport.pull(request)
            guard page.nextCursor >= cursor, page.changes.allSatisfy({ $0.id > cursor && $0.id <= page.nextCursor }) else {
                throw SyncTransportError.badReply("the pulled page does not follow the cursor \(cursor)")
            }
            fault(.afterPullBeforeCommit)
            let tally = try registry.applyPulledChanges(page, scope: scope, fromCursor: cursor, at: now())
            report.pages += 1
            report.pulled.statuses += tally.statuses
            report.pulled.citizens += tally.citizens
            report.pulled.trust += tally.trust
            report.pulled.skipped += tally.skipped
            guard tally.applied else { cursor = try registry.syncCursor(scope: scope); continue }
            guard page.hasMore, page.nextCursor > cursor else { return }
            cursor = page.nextCursor
        }
    }

    private var configuredKioskID: String?

    /// Sets the id this kiosk pulls as (its configured id); without one, the id of its outbox.
    public func setKioskID(_ id: String) {
        configuredKioskID = RegistryDatabase.canonicalKioskID(id)
    }

    private func kioskID() throws -> String? {
        if let configuredKioskID { return configuredKioskID }
        return try registry.outbox().last?.kioskID
    }
}
