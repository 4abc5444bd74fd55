import CentralStore
import Foundation
import KioskStore
import KioskSync
import PostgresNIO

/// Reads what a central's database holds (through `CentralStorageOpener`, a connection of its own) to
/// check that nothing was lost: its operation count against the kiosks' outboxes, and each kiosk's
/// convergence digest against the central's.
enum CentralStoreCheck {
    /// A sentence when something is missing or differs; nil when the central holds exactly what the kiosks sent.
    static func lost(databaseURL: String, kiosks: [(kioskID: String, registry: RegistryDatabase)]) async throws -> String? {
        try await verify(databaseURL: databaseURL, kiosks: kiosks).lost
    }

    /// `lost`, and the median time of `kioskSummaries()` on the filled store (nanoseconds, 5 calls): the
    /// central's push handler runs it after every push to refresh its gauges.
    static func verify(databaseURL: String, kiosks: [(kioskID: String, registry: RegistryDatabase)]) async throws -> (lost: String?, summaries: UInt64) {
        var logger = Logger(label: "khyber-bench")
        logger.logLevel = .critical
        let storage = try await CentralStorageOpener.open(url: databaseURL, logger: logger)
        do {
            let verdict = try await compare(storage, kiosks: kiosks)
            var times: [UInt64] = []
            for _ in 0..<5 {
                let start = Stopwatch.now()
                _ = try await storage.kioskSummaries()
                times.append(Stopwatch.now() - start)
            }
            await storage.close()
            return (verdict, Stopwatch.percentile(times, 50))
        } catch {
            await storage.close()
            throw error
        }
    }

    private static func compare(_ storage: any CentralStorage, kiosks: [(kioskID: String, registry: RegistryDatabase)]) async throws -> String? {
        var outboxes = 0, pending = 0, diverged: [String] = []
        for (kioskID, registry) in kiosks {
            outboxes += try registry.outbox().count
            pending += try registry.syncSnapshot().pending
            let local = try registry.convergence(kioskID: kioskID)
            let central = try await storage.convergence(kioskID: RegistryDatabase.canonicalKioskID(kioskID))
            if local.operations != central.operations || local.digest != central.digest { diverged.append(kioskID) }
        }
        let stored = try await storage.operationCount()
        var problems: [String] = []
        if stored != outboxes { problems.append("the central holds \(stored) operations, the outboxes \(outboxes)") }
        if pending > 0 { problems.append("\(pending) still pending on the kiosks") }
        if !diverged.isEmpty { problems.append("\(diverged.count) kiosks do not converge (\(diverged.prefix(3).joined(separator: ", ")))") }
        return problems.isEmpty ? nil : problems.joined(separator: "; ")
    }
}
