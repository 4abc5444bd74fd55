import ChildProcesses
import Foundation
import KioskStore
import SyncProtocol

/// Issue 5 §5, the sync numbers: push throughput against SQLite and PostgreSQL centrals and a bare
/// PostgreSQL insert of the same rows, drain after reconnect, push latency with 500 kiosks at once,
/// and bytes on the wire. Every central is a real release `khyber-central` process on loopback with a
/// fresh database. `postgresURL` nil: the PostgreSQL rows say why they were skipped.
func runSyncBenchmarks(dataDirectory: URL, postgresURL: String?) async -> [String] {
    let sectionStart = Stopwatch.now()
    let root = dataDirectory.appendingPathComponent("sync", isDirectory: true)
    try? FileManager.default.removeItem(at: root)
    var lines = ["Sync over loopback (release khyber-central processes, fresh database each; \(ProcessInfo.processInfo.activeProcessorCount) cores)"]
    let bench = SyncBench(root: root)
    do {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        _ = try CentralProcess.binary()
        lines += try bench.prepare()
    } catch {
        return lines + ["  skipped: \(error)"]
    }
    var postgres: BenchPostgres?
    if let postgresURL {
        do {
            let server = try await BenchPostgres(url: postgresURL)
            postgres = server
            lines.append("  \(await server.settings())")
        } catch {
            lines.append("  PostgreSQL: skipped (\(error))")
        }
    } else {
        lines.append("  PostgreSQL: skipped (no server; give --postgres URL or KHYBER_BENCH_POSTGRES_URL)")
    }
    lines += await bench.throughput(postgres)
    lines += await bench.drain(postgres)
    lines += await bench.concurrent(postgres)
    lines += await bench.wire()
    await postgres?.close()
    lines.append(SyncBench.pad("sync section took") + "\(Stopwatch.format(nanoseconds: Stopwatch.now() - sectionStart))")
    return lines
}

/// The sync section's runs and how their rows read.
struct SyncBench {
    let root: URL
    let bigKioskID = "KP-BENCH-SYNC"
    let bigOperations = 10_000
    let smallKiosks = 500
    let smallApplications = 6

    var bigKiosk: URL { root.appendingPathComponent("kiosk-10k.sqlite") }
    private var smallFolder: URL { root.appendingPathComponent("small-kiosks", isDirectory: true) }

    /// Builds the 10,000-operation kiosk and the 500 small kiosks (before any timing).
    func prepare() throws -> [String] {
        let factory = try BenchKiosks(folder: root)
        var start = Stopwatch.now()
        let template = try factory.template("big-template.sqlite", citizens: 1_000, seed: 5)
        try factory.kiosk(from: template, at: bigKiosk, kioskID: bigKioskID, applications: bigOperations, batchSize: 1_000, seed: 5)
        var lines = [Self.pad("kiosk with \(bigOperations.formatted()) pending") + "made in \(Stopwatch.format(nanoseconds: Stopwatch.now() - start)) (1,002 citizens; ApplicationSeeder, 1,000 per transaction)"]
        start = Stopwatch.now()
        _ = try ConcurrentKiosksBench.prepare(factory, count: smallKiosks, applications: smallApplications, folder: smallFolder)
        lines.append(Self.pad("\(smallKiosks) small kiosks") + "made in \(Stopwatch.format(nanoseconds: Stopwatch.now() - start)) (42 citizens, \(smallApplications) pending each)")
        return lines
    }

    /// Push throughput on both stores, the bare insert and the ratio against the target.
    func throughput(_ postgres: BenchPostgres?) async -> [String] {
        var lines: [String] = []
        let sqlite = await row("push \(bigOperations.formatted()) ops, SQLite") { folder in
            try await PushThroughputBench.run(kioskFile: bigKiosk, kioskID: bigKioskID, databaseURL: sqliteURL(folder), folder: folder)
        }
        lines.append(sqlite.line(Self.describe))
        guard let postgres else { return lines }
        let central = await row("push \(bigOperations.formatted()) ops, PostgreSQL") { folder in
            try await PushThroughputBench.run(
                kioskFile: bigKiosk, kioskID: bigKioskID, databaseURL: try await postgres.freshDatabase("push"), folder: folder)
        }
        lines.append(central.line(Self.describe))
        let operations: [PushOperation]
        do { operations = try await PushOperationRows(kioskFile: bigKiosk, folder: root).rows } catch {
            return lines + ["  bare INSERT, PostgreSQL: failed: \(error)"]
        }
        var bare: Double?
        for keyed in [false, true] {
            let label = keyed ? "bare INSERT, central's keys" : "bare INSERT, PostgreSQL"
            do {
                let seconds = try await BareInsertBench.run(operations, server: postgres, keyed: keyed)
                if !keyed { bare = Double(operations.count) / seconds }
                lines.append(Self.pad(label) + String(format: "%.2f s  ", seconds) + Self.count(Double(operations.count) / seconds) + " ops/s"
                    + (keyed ? "  (same, with op_id PRIMARY KEY and UNIQUE (kiosk_id, sequence))" : "  (plain table, unnest, 500 per transaction, one connection)"))
            } catch {
                lines.append("  \(label): failed: \(error)")
            }
        }
        if case .success(let result) = central.outcome, let bare {
            let ratio = result.opsPerSecond / bare
            lines.append(Self.pad("central PostgreSQL / bare") + String(format: "%.1f %%", ratio * 100) + "  (target ≥ 50 %)  " + (ratio >= 0.5 ? "met" : "MISSED"))
            if result.centralSeconds > 0 {
                let handler = Double(result.operations) / result.centralSeconds / bare
                lines.append("    the central's push handler alone (decode, check, ingest, answer): " + String(format: "%.1f %% of bare", handler * 100))
            }
        }
        if let bare {
            do {
                let seconds = try await StorageIngestBench.run(operations, databaseURL: try await postgres.freshDatabase("ingest"))
                let rate = Double(operations.count) / seconds
                lines.append(Self.pad("storage ingest alone, PostgreSQL") + String(format: "%.2f s  ", seconds) + Self.count(rate) + " ops/s  "
                    + String(format: "= %.1f %% of bare", rate / bare * 100) + "  (in-process, pushes of 500: check, store once, file the application)")
            } catch {
                lines.append("  storage ingest alone, PostgreSQL: failed: \(error)")
            }
        }
        return lines
    }

    /// Drain after reconnect on both stores.
    func drain(_ postgres: BenchPostgres?) async -> [String] {
        var lines: [String] = []
        let sqlite = await row("drain \(bigOperations.formatted()) after reconnect, SQLite") { folder in
            try await DrainBench.run(kioskFile: bigKiosk, kioskID: bigKioskID, databaseURL: sqliteURL(folder), folder: folder)
        }
        lines.append(sqlite.line(Self.describe))
        if let postgres {
            let central = await row("drain \(bigOperations.formatted()) after reconnect, PostgreSQL") { folder in
                try await DrainBench.run(kioskFile: bigKiosk, kioskID: bigKioskID, databaseURL: try await postgres.freshDatabase("drain"), folder: folder)
            }
            lines.append(central.line(Self.describe))
        }
        return lines
    }

    /// 500 kiosks at once on both stores.
    func concurrent(_ postgres: BenchPostgres?) async -> [String] {
        let prepared: [(kioskID: String, file: URL)] = (1...smallKiosks).map { index in
            let kioskID = String(format: "KP-SIM-%03d", index)
            return (kioskID, smallFolder.appendingPathComponent("\(kioskID).sqlite"))
        }
        var lines: [String] = []
        let sqlite = await row("\(smallKiosks) kiosks at once, SQLite") { folder in
            try await ConcurrentKiosksBench.run(prepared, databaseURL: sqliteURL(folder), folder: folder)
        }
        lines += sqlite.lines(Self.describe)
        // The same kiosks, enrolled, signing every request, over TLS (a throw-away CA): beside the row above.
        let secure = await row("\(smallKiosks) kiosks at once, SQLite, auth + TLS") { folder in
            let security = BenchSecurity(signed: true, tls: try ThrowAwayCA.make("bench-province", in: folder))
            return try await ConcurrentKiosksBench.run(prepared, databaseURL: sqliteURL(folder), folder: folder, security: security)
        }
        lines += secure.lines(Self.describe)
        if case .success(let plain) = sqlite.outcome, case .success(let secured) = secure.outcome {
            let ratio = Double(Stopwatch.percentile(secured.latencies, 99)) / Double(max(1, Stopwatch.percentile(plain.latencies, 99)))
            lines.append(Self.pad("p99 auth + TLS / off") + String(format: "%.2f×  (wall %.2f s / %.2f s)", ratio, secured.wallSeconds, plain.wallSeconds))
        }
        if let postgres {
            let central = await row("\(smallKiosks) kiosks at once, PostgreSQL") { folder in
                try await ConcurrentKiosksBench.run(prepared, databaseURL: try await postgres.freshDatabase("kiosks"), folder: folder)
            }
            lines += central.lines(Self.describe)
        }
        return lines
    }

    /// Bytes on the wire for a 500-op and a 1-op push.
    func wire() async -> [String] {
        let result = await row("wire bytes") { folder in try await WireBytesBench.run(kioskFile: bigKiosk, folder: folder) }
        guard case .success(let samples) = result.outcome else { return [result.line { _ in [] }] }
        var lines = samples.flatMap(Self.describe)
        if let head = samples.first?.headText { lines.append("    request head as sent: \(head)") }
        return lines
    }

    // MARK: - Rows

    /// One measurement's outcome and its label.
    struct Row<Value> {
        let label: String
        let outcome: Result<Value, any Error>

        func line(_ describe: (Value) -> [String]) -> String { lines(describe).joined(separator: "\n") }

        func lines(_ describe: (Value) -> [String]) -> [String] {
            switch outcome {
            case .success(let value):
                var described = describe(value)
                if !described.isEmpty { described[0] = SyncBench.pad(label) + described[0] }
                return described
            case .failure(let error): return ["  \(label): failed: \(error)"]
            }
        }
    }

    /// Runs `body` in a fresh folder of its own.
    private func row<Value>(_ label: String, _ body: (URL) async throws -> Value) async -> Row<Value> {
        let folder = root.appendingPathComponent(label.filter { $0.isLetter || $0.isNumber }, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            return Row(label: label, outcome: .success(try await body(folder)))
        } catch {
            return Row(label: label, outcome: .failure(error))
        }
    }

    private func sqliteURL(_ folder: URL) -> String { "sqlite:" + folder.appendingPathComponent("central.sqlite").path }

    static func pad(_ label: String) -> String {
        "  " + label + String(repeating: " ", count: max(1, 40 - label.count))
    }

    static func count(_ value: Double) -> String { Int(value.rounded()).formatted() }

    static func ms(_ nanoseconds: UInt64) -> String { String(format: "%.1f ms", Double(nanoseconds) / 1e6) }

    static func describe(_ result: PushThroughputBench.Result) -> [String] {
        [String(format: "%.2f s  ", result.seconds) + count(result.opsPerSecond) + " ops/s"
            + String(format: "  (%d pushes of ≤500: HTTP round trips %.2f s, of it the central's handler %.2f s; kiosk side %.2f s)",
                     result.pushes, result.pushSeconds, result.centralSeconds, result.seconds - result.pushSeconds),
         "    kioskSummaries() on the filled store (what a /metrics scrape costs; pushes no longer run it): \(ms(result.summaries))"]
    }

    static func describe(_ result: DrainBench.Result) -> [String] {
        [String(format: "%.2f s  (central start %.2f s + loop's reconnect %.2f s + drain %.2f s = ", result.total, result.centralStartup,
                result.reconnect, result.drain) + count(Double(result.operations) / max(result.drain, 1e-9)) + " ops/s)"]
    }

    static func describe(_ result: ConcurrentKiosksBench.Result) -> [String] {
        let p99 = Stopwatch.percentile(result.latencies, 99)
        let met = p99 <= 250_000_000 && result.failures == 0
        var lines = [
            "push median \(ms(Stopwatch.percentile(result.latencies, 50)))  p99 \(ms(p99))  max \(ms(result.latencies.max() ?? 0))"
                + "  (target p99 ≤ 250 ms)  " + (met ? "met" : "MISSED"),
        ]
        let seen = result.seenLatencies
        var detail = "    as the kiosks' tasks saw it (the simulator's 2 cooperative threads queueing 500 kiosks' SQLite work): median \(ms(Stopwatch.percentile(seen, 50)))  p99 \(ms(Stopwatch.percentile(seen, 99)))"
        lines.append(detail)
        detail = "    \(result.latencies.count.formatted()) pushes of ≤2 ops, \(result.failures) failed, wall \(String(format: "%.2f s", result.wallSeconds))"
        if let central = result.central, let bound = central.percentileBound(99) {
            detail += String(format: "; central's handler mean %.1f ms, p99 ≤ %.0f ms (histogram)", central.meanSeconds * 1000, bound * 1000)
        }
        lines.append(detail)
        lines.append("    kioskSummaries() on the filled store (every kiosk; what a /metrics scrape costs): \(ms(result.summaries))")
        lines.append("    " + (result.lost.map { "LOST: \($0)" }
            ?? "0 lost: \(result.operations.formatted()) stored = \(result.operations.formatted()) in the outboxes, \(result.kiosks)/\(result.kiosks) kiosks converge"))
        return lines
    }

    static func describe(_ sample: WireBytesBench.Sample) -> [String] {
        let request = sample.head + sample.body
        let answer = sample.answerHead + sample.answerBody
        let label = pad("wire, \(sample.operations)-op push")
        return [
            label + "request \(request.formatted()) B = \(String(format: "%.0f", sample.perOperation(request))) B/op"
                + " (head \(sample.head) B, body \(sample.body.formatted()) B)",
            "    body gzip -6 \(sample.gzipBody.formatted()) B = \(String(format: "%.0f", sample.perOperation(sample.gzipBody + sample.head))) B/op with the head"
                + String(format: " (%.0f %% of the body)", Double(sample.gzipBody) / Double(max(sample.body, 1)) * 100)
                + "; answer \(answer.formatted()) B = \(String(format: "%.0f", sample.perOperation(answer))) B/op (head \(sample.answerHead) B)",
        ]
    }
}
