import Foundation
import KioskStore
import KioskSync

/// Push throughput: one kiosk with a full outbox (a copy of `kioskFile`) drains it with ONE
/// `SyncEngine.syncOnce()` (batches of 500, then the pull) to a freshly started central over `databaseURL`.
enum PushThroughputBench {
    /// What one run measured.
    struct Result {
        let operations: Int
        let seconds: Double
        let pushes: Int
        /// Summed client-side push durations (HTTP, both codecs, the central's handler).
        let pushSeconds: Double
        /// The central's own summed push-handler time (decode, ingest, answer).
        let centralSeconds: Double
        /// One `kioskSummaries()` call on the filled store (nanoseconds): the handler runs it after every push.
        let summaries: UInt64

        var opsPerSecond: Double { Double(operations) / max(seconds, 1e-9) }
    }

    /// `security.signed`: the central requires signed requests and the kiosk is enrolled and approved first (not
    /// timed); `security.tls`: over HTTPS.
    static func run(kioskFile: URL, kioskID: String, databaseURL: String, folder: URL, security: BenchSecurity = .off) async throws -> Result {
        let registry = try BenchKiosks.open(copyOf: kioskFile, at: folder.appendingPathComponent("push-kiosk.sqlite"))
        defer { try? registry.close() }
        let pending = try registry.syncSnapshot().pending
        let central = try CentralProcess(databaseURL: databaseURL, logFolder: folder, signedRequests: security.signed, tls: security.tls)
        let signer = security.signed
            ? try await BenchEnrolment.enrol(kioskID: kioskID, central: central, databaseURL: databaseURL, folder: folder, trust: security.kioskTrust)
            : nil
        let log = PushLog()
        let transport = try TimedSyncTransport(centralURL: central.url, log: log, signer: signer, trust: security.kioskTrust)
        let engine = SyncEngine(registry: registry, transport: transport, settings: .init(batchSize: 500))
        await engine.setKioskID(kioskID)
        let start = Stopwatch.now()
        let report = await engine.syncOnce()
        let seconds = Double(Stopwatch.now() - start) / 1e9
        await transport.shutdown()
        let metrics = try? CentralPushMetrics.read(port: central.port)
        central.stop()
        guard report.completed, report.acknowledgements.accepted == pending else {
            throw StoreBenchError(description: "the round did not push everything: \(report) — \(log.failures.prefix(2))")
        }
        let (lost, summaries) = try await CentralStoreCheck.verify(databaseURL: databaseURL, kiosks: [(kioskID, registry)])
        if let lost { throw StoreBenchError(description: "lost operations: \(lost)") }
        return Result(
            operations: pending, seconds: seconds, pushes: log.pushes.count, pushSeconds: log.pushSeconds,
            centralSeconds: metrics?.sumSeconds ?? 0, summaries: summaries)
    }
}
