import Foundation
import KioskStore
import KioskSync
import Synchronization

/// Drain after reconnect: a kiosk with a full outbox runs its real background loop (`SyncEngine.run`,
/// default backoff) against a central that is down; once the loop has failed its first probe, the
/// central is started on that port, and the clock runs until `syncSnapshot().pending == 0`.
enum DrainBench {
    /// What one run measured (seconds).
    struct Result {
        let operations: Int
        /// Central spawned → pending 0.
        let total: Double
        /// Central spawned → its "listening" line.
        let centralStartup: Double
        /// Listening → the kiosk's first push (the loop's backoff wait and its probe).
        let reconnect: Double
        /// First push → pending 0.
        let drain: Double
    }

    static func run(kioskFile: URL, kioskID: String, databaseURL: String, folder: URL) async throws -> Result {
        let registry = try BenchKiosks.open(copyOf: kioskFile, at: folder.appendingPathComponent("drain-kiosk.sqlite"))
        defer { try? registry.close() }
        let pending = try registry.syncSnapshot().pending
        let port = try CentralProcess.freePort()
        let log = PushLog()
        let transport = try TimedSyncTransport(centralURL: "http://127.0.0.1:\(port)", log: log)
        let engine = SyncEngine(registry: registry, transport: transport, settings: .init(batchSize: 500))
        await engine.setKioskID(kioskID)
        let reports = Mutex(0)
        let wake = SyncWakeSignal()
        let loop = Task { await engine.run(intervalSeconds: 3_600, wake: wake) { _ in reports.withLock { $0 += 1 } } }
        let central: CentralProcess
        let spawned: UInt64
        do {
            try await until(seconds: 10) { reports.withLock { $0 } > 0 }
            spawned = Stopwatch.now()
            central = try CentralProcess(databaseURL: databaseURL, port: port, logFolder: folder)
        } catch {
            loop.cancel()
            await loop.value
            await transport.shutdown()
            throw error
        }
        let listening = spawned + central.startupNanoseconds
        let drained: Swift.Result<UInt64, any Error>
        do {
            try await until(seconds: 120) { ((try? registry.syncSnapshot().pending) ?? 1) == 0 }
            drained = .success(Stopwatch.now())
        } catch {
            drained = .failure(error)
        }
        loop.cancel()
        wake.signal()
        await loop.value
        await transport.shutdown()
        central.stop()
        let end = try drained.get()
        let firstPush = log.pushes.map(\.start).min() ?? end
        if let lost = try await CentralStoreCheck.lost(databaseURL: databaseURL, kiosks: [(kioskID, registry)]) {
            throw StoreBenchError(description: "lost operations: \(lost)")
        }
        return Result(
            operations: pending, total: seconds(end - spawned), centralStartup: seconds(listening - spawned),
            reconnect: seconds(firstPush - min(firstPush, listening)), drain: seconds(end - firstPush))
    }

    private static func seconds(_ nanoseconds: UInt64) -> Double { Double(nanoseconds) / 1e9 }

    /// Polls `condition` every 5 ms until it holds; throws after `seconds`.
    private static func until(seconds: Double, _ condition: () -> Bool) async throws {
        let deadline = Stopwatch.now() + UInt64(seconds * 1e9)
        while !condition() {
            guard Stopwatch.now() < deadline else { throw StoreBenchError(description: "gave up waiting after \(seconds) s") }
            try await Task.sleep(for: .milliseconds(5))
        }
    }
}
