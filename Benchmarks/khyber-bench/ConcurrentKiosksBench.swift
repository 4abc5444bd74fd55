import Foundation
import KioskStore
import KioskSync

/// Many kiosks at once: each its own registry file (copies of `prepare`'s), its own engine and HTTP
/// client, all calling `syncOnce()` together (batch size 2, so several pushes each) against one freshly
/// started central. Every push is timed client-side; afterwards nothing may be missing.
enum ConcurrentKiosksBench {
    /// What one run measured.
    struct Result {
        let kiosks: Int
        let operations: Int
        let wallSeconds: Double
        /// Client-side push round trips (nanoseconds).
        let latencies: [UInt64]
        /// The same pushes as the kiosks' tasks saw them (the simulator's own queueing included).
        let seenLatencies: [UInt64]
        let failures: Int
        let central: CentralPushMetrics?
        /// A sentence when the central does not hold exactly what the kiosks sent.
        let lost: String?
        /// One `kioskSummaries()` call on the filled store (nanoseconds).
        let summaries: UInt64
    }

    /// `count` kiosk files (`KP-SIM-001` …) with `applications` pending applications each, under `folder`.
    static func prepare(_ factory: BenchKiosks, count: Int, applications: Int, folder: URL) throws -> [(kioskID: String, file: URL)] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let template = try factory.template("small-template.sqlite", citizens: 40, seed: 11)
        return try (1...count).map { index in
            let kioskID = String(format: "KP-SIM-%03d", index)
            let file = folder.appendingPathComponent("\(kioskID).sqlite")
            try factory.kiosk(from: template, at: file, kioskID: kioskID, applications: applications, batchSize: applications, seed: UInt64(index))
            return (kioskID, file)
        }
    }

    /// `security`: with authentication every kiosk is enrolled and approved first (not timed).
    static func run(_ prepared: [(kioskID: String, file: URL)], databaseURL: String, folder: URL, security: BenchSecurity = .off) async throws -> Result {
        let kioskFolder = folder.appendingPathComponent("kiosks")
        try FileManager.default.createDirectory(at: kioskFolder, withIntermediateDirectories: true)
        var registries: [(kioskID: String, registry: RegistryDatabase)] = []
        defer { for (_, registry) in registries { try? registry.close() } }
        for (kioskID, file) in prepared {
            registries.append((kioskID, try BenchKiosks.open(copyOf: file, at: kioskFolder.appendingPathComponent(file.lastPathComponent))))
        }
        let operations = try registries.reduce(0) { $0 + (try $1.registry.syncSnapshot().pending) }
        let central = try CentralProcess(databaseURL: databaseURL, logFolder: folder, signedRequests: security.signed, tls: security.tls)
        let log = PushLog()
        var kiosks: [(SyncEngine, TimedSyncTransport)] = []
        for (kioskID, registry) in registries {
            let signer = security.signed
                ? try await BenchEnrolment.enrol(kioskID: kioskID, central: central, databaseURL: databaseURL, folder: folder, trust: security.kioskTrust)
                : nil
            let transport = try TimedSyncTransport(centralURL: central.url, log: log, signer: signer, trust: security.kioskTrust)
            let engine = SyncEngine(registry: registry, transport: transport, settings: .init(batchSize: 2))
            await engine.setKioskID(kioskID)
            kiosks.append((engine, transport))
        }
        let start = Stopwatch.now()
        await withTaskGroup(of: Void.self) { group in
            for (engine, _) in kiosks { group.addTask { _ = await engine.syncOnce() } }
        }
        let wall = Double(Stopwatch.now() - start) / 1e9
        let metrics = try? CentralPushMetrics.read(port: central.port)
        for (_, transport) in kiosks { await transport.shutdown() }
        central.stop()
        let (lost, summaries) = try await CentralStoreCheck.verify(databaseURL: databaseURL, kiosks: registries)
        return Result(
            kiosks: registries.count, operations: operations, wallSeconds: wall, latencies: log.pushes.map(\.nanoseconds), seenLatencies: log.pushes.map(\.seenNanoseconds),
            failures: log.failures.count, central: metrics, lost: lost, summaries: summaries)
    }
}
