import ChildProcesses
import Foundation
import SyncProtocol
import TestScheduling
import Testing

/// The central's defences, attacked the way issue 10 attacked them: with raw sockets and real
/// `khyber-central serve` processes on loopback.
@Suite("The central's hardening", .serialized, .offCooperativePool)
struct CentralHardeningTests {
    /// The bounds are checked for every request that passes authentication; these raw requests are sent
    /// unsigned, so their centrals take unsigned requests and the bounds are what answers (signing is
    /// attacked in DeviceAuthenticationTests and ImpersonationTests).
    static let boundsOnly = ["--insecure-accept-any-kiosk"]

    @Test func halfSentRequestsAreDroppedAfterTheTimeoutWhileARealRequestIsAnswered() async throws {
        let root = try TestPaths.temporaryFolder()
        let timeout = 3.0
        let central = try CentralServer(
            databaseURL: try StorageBackend.sqlite.freshDatabaseURL(in: root), folder: root,
            arguments: ["--idle-timeout", "\(Int(timeout))", "--request-timeout", "\(Int(timeout))"]
        )
        defer { central.stop() }
        // 300 attackers: a third send half a head, a third a whole head and a sliver of the body it
        // announces, a third nothing at all.
        var sockets: [(socket: Int32, connectedAt: Date)] = []
        defer { sockets.forEach { close($0.socket) } }
        for index in 0..<300 {
            let socketFD = try RawHTTP.connect(port: central.port)
            sockets.append((socketFD, Date()))
            let bytes: String = switch index % 3 {
            case 0: "POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le"
            case 1: "POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"protocolVersion\":1,"
            default: ""
            }
            if !bytes.isEmpty { _ = ReplyEatingProxy.writeAll(socketFD, Array(bytes.utf8)) }
        }
        /// Sockets the central dropped before their timeout could have passed (there must be none).
        func droppedEarly() -> Int {
            let now = Date()
            return sockets.filter { RawHTTP.isClosedByPeer($0.socket) && now.timeIntervalSince($0.connectedAt) < timeout - 0.25 }.count
        }
        #expect(droppedEarly() == 0, "held until the timeout")
        // Meanwhile a kiosk's request is answered.
        let health = try RawHTTP.exchange(port: central.port, method: "GET", path: SyncWire.healthPath)
        #expect(health.status == 200 && health.body.contains("\"ok\""), "\(health)")
        #expect(droppedEarly() == 0, "held until the timeout")

        // After the timeout every one of them is dropped (a loaded machine may take a few seconds more).
        let last = sockets.last?.connectedAt ?? Date()
        var open = sockets.count
        while Date().timeIntervalSince(last) < timeout + 20 {
            #expect(droppedEarly() == 0)
            open = sockets.filter { !RawHTTP.isClosedByPeer($0.socket) }.count
            if open == 0 { break }
            try await Task.sleep(for: .milliseconds(200))
        }
        #expect(open == 0, "\(open) of 300 half-sent requests still held \(Date().timeIntervalSince(last)) s after the last one started")
        // And the central still serves.
        #expect(try RawHTTP.exchange(port: central.port, method: "GET", path: SyncWire.healthPath).status == 200)
    }

    @Test func aKioskIDWithANewlineIsRefusedAndForgesNoLogLine() async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try StorageBackend.sqlite.freshDatabaseURL(in: root), folder: root, arguments: Self.boundsOnly)
        defer { central.stop() }
        let forged = "KPPSH001\n2026-12-01T00:00:00+0500 critical khyber-central : [CentralStore] database corrupted"
        let operation = PushOperation(
            opID: "0190a000-0000-7000-8000-000000000001", kioskID: forged, sequence: 1, hlc: HLCTimestamp(wallMillis: 1_764_072_000_000, counter: 0),
            kind: OperationKind.applicationSubmitted, entityID: "x", payload: "{}", payloadSHA256: PayloadHash.sha256("{}")
        )
        let push = PushRequest(kioskID: forged, sentAt: HLCTimestamp(wallMillis: 1_764_072_000_000, counter: 0), operations: [operation])
        let pushed = try RawHTTP.exchange(port: central.port, method: "POST", path: SyncWire.pushPath, body: try RawHTTP.json(push))
        #expect(pushed.status == 400, "\(pushed)")
        #expect(pushed.body.contains("upper-case letters and digits") && pushed.body.contains("\"permanent\":true"))
        let pull = PullRequest(kioskID: forged, cursor: 0, districts: [], limit: 10)
        #expect(try RawHTTP.exchange(port: central.port, method: "POST", path: SyncWire.pullPath, body: try RawHTTP.json(pull)).status == 400)
        // A percent-encoded newline in a path is answered too, and never reaches the log raw either.
        _ = try RawHTTP.exchange(port: central.port, method: "GET", path: "/v1/x%0Acritical%20database%20corrupted")

        try await Task.sleep(for: .milliseconds(300))
        let log = central.log
        #expect(log.contains("central store opened"), "the log is read: \(log.prefix(200))")
        let forgedLines = log.split(separator: "\n").filter { $0.contains("database corrupted") || $0.hasPrefix("2026-12-01T00:00:00") }
        #expect(forgedLines.isEmpty, "forged lines in central.log: \(forgedLines)")
    }

    @Test func aPullWith500000DistrictsIsAPermanent400NotA503() async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try StorageBackend.sqlite.freshDatabaseURL(in: root), folder: root, arguments: Self.boundsOnly)
        defer { central.stop() }
        let pull = PullRequest(kioskID: "KPPSH001", cursor: 0, districts: Array(repeating: 173, count: 500_000), limit: 1000)
        let answer = try RawHTTP.exchange(port: central.port, method: "POST", path: SyncWire.pullPath, body: try RawHTTP.json(pull))
        #expect(answer.status == 400, "\(answer.status) \(answer.body.prefix(200))")
        let error = try SyncWire.decoder().decode(SyncErrorResponse.self, from: Data(answer.body.utf8))
        #expect(error.permanent && error.error.contains("districts"))
    }

    @Test func metricsAreNeverShownAnonymouslyOnTheSyncPort() async throws {
        let root = try TestPaths.temporaryFolder()
        let databaseURL = try StorageBackend.sqlite.freshDatabaseURL(in: root)
        let plain = try CentralServer(databaseURL: databaseURL, folder: root)
        let off = try RawHTTP.exchange(port: plain.port, method: "GET", path: SyncWire.metricsPath)
        plain.stop()
        #expect(off.status == 403 && !off.body.contains("khyber_"), "\(off)")

        let tokenFile = root.appendingPathComponent("metrics.token")
        let token = "scrape-" + UUID().uuidString
        try (token + "\n").write(to: tokenFile, atomically: true, encoding: .utf8)
        chmod(tokenFile.path, 0o644)
        let loose = try ChildProcess.run(
            try TestPaths.binary("khyber-central"), ["serve", "--db", databaseURL, "--port", "0", "--metrics-token-file", tokenFile.path],
            outputFolder: root
        )
        #expect(loose.status != 0 && loose.stderr.contains("chmod 600"), "a token file others can read is refused: \(loose.stderr)")

        chmod(tokenFile.path, 0o600)
        let central = try CentralServer(databaseURL: databaseURL, folder: root, arguments: ["--metrics-token-file", tokenFile.path])
        defer { central.stop() }
        let anonymous = try RawHTTP.exchange(port: central.port, method: "GET", path: SyncWire.metricsPath)
        #expect(anonymous.status == 401 && !anonymous.body.contains("khyber_"))
        let scraped = try RawHTTP.exchange(port: central.port, method: "GET", path: SyncWire.metricsPath, headers: ["Authorization": "Bearer \(token)"])
        #expect(scraped.status == 200)
        #expect(scraped.body.contains("# HELP khyber_push_requests_total ") && scraped.body.contains("# TYPE khyber_push_requests_total counter"))
    }

    @Test func dataFilesAreTheOwnersAloneWhateverTheUmask() async throws {
        let root = try TestPaths.temporaryFolder()
        // The kiosk: a data folder someone left 0777, the kiosk started with umask 000.
        let data = root.appendingPathComponent("kiosk-data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        chmod(data.path, 0o777)
        let seeded = try Self.runWithUmask000(try TestPaths.binary("khyber-kiosk"), ["seed", "--citizens", "30", "--data", data.path], in: root)
        #expect(seeded.status == 0, "\(seeded.stderr)")
        let kioskModes = try Self.modes(under: data)
        #expect(kioskModes[data.path] == 0o700, "the data folder: \(String(kioskModes[data.path] ?? 0, radix: 8))")
        #expect(kioskModes.keys.contains { $0.hasSuffix("registry.sqlite") })
        for (path, mode) in kioskModes where path != data.path {
            let isFolder = (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeDirectory
            #expect(mode == (isFolder ? 0o700 : 0o600), "\(path) is \(String(mode, radix: 8))")
        }

        // The central: its SQLite file, WAL and SHM, in a folder it makes, started with umask 000.
        let folder = root.appendingPathComponent("central-data")
        let port = try TestPaths.freePort()
        let serve = try ChildProcess(
            "/bin/sh", ["-c", "umask 000; exec \"$0\" \"$@\"", try TestPaths.binary("khyber-central"),
                        "serve", "--db", "sqlite:" + folder.appendingPathComponent("central.sqlite").path, "--port", String(port)],
            outputFolder: root
        )
        defer { _ = serve.stop() }
        _ = try serve.waitForOutput(seconds: 60) { $0.contains("listening on") }
        _ = try RawHTTP.exchange(port: port, method: "GET", path: SyncWire.healthPath)
        let centralModes = try Self.modes(under: folder)
        #expect(centralModes[folder.path] == 0o700)
        for name in ["central.sqlite", "central.sqlite-wal", "central.sqlite-shm"] {
            let path = folder.appendingPathComponent(name).path
            #expect(centralModes[path] == 0o600, "\(name) is \(centralModes[path].map { String($0, radix: 8) } ?? "missing")")
        }
    }

    /// `binary arguments` under `/bin/sh` with umask 000.
    static func runWithUmask000(_ binary: String, _ arguments: [String], in folder: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        try ChildProcess.run("/bin/sh", ["-c", "umask 000; exec \"$0\" \"$@\"", binary] + arguments, outputFolder: folder)
    }

    /// The permission bits of `folder` and of everything under it.
    static func modes(under folder: URL) throws -> [String: Int] {
        var modes: [String: Int] = [:]
        let manager = FileManager.default
        modes[folder.path] = (try manager.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int) ?? -1
        for relative in try manager.subpathsOfDirectory(atPath: folder.path) {
            let path = folder.appendingPathComponent(relative).path
            modes[path] = (try manager.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
        }
        return modes
    }
}

/// The sequence bound needs the central's highest sequence for the kiosk: one indexed query on each backend.
@Suite("Sequence numbers are bounded on both backends", .serialized, .offCooperativePool)
struct SequenceBoundTests {
    @Test(arguments: StorageBackend.allCases)
    func aSequenceFarAheadIsAPermanent400AndTheKiosksOwnStillArrive(_ backend: StorageBackend) async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: root), folder: root, arguments: CentralHardeningTests.boundsOnly)
        defer { central.stop() }
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 3, in: root)
        let first = await kiosk.syncOnce(central.url)
        #expect(first.completed && first.acknowledgements.accepted == 3, "\(first)")

        // A squatter claims this kiosk's sequence 2^63 − 1, then one just past the window.
        try kiosk.submit(1, seed: 5)
        let next = try #require(try await kiosk.registry.operationsToSend(limit: 1).first)
        for sequence in [Int64.max, 3 + WireBounds.maxSequenceAhead + 1] {
            var squatted = next
            squatted.sequence = sequence
            squatted.opID = "0190a000-0000-7000-8000-\(String(sequence).suffix(12))"
            let push = PushRequest(kioskID: squatted.kioskID, sentAt: squatted.hlc, operations: [squatted])
            let answer = try RawHTTP.exchange(port: central.port, method: "POST", path: SyncWire.pushPath, body: try RawHTTP.json(push))
            #expect(answer.status == 400, "\(sequence): \(answer)")
            #expect(answer.body.contains("too far ahead") && answer.body.contains("\"permanent\":true"), "\(answer.body)")
        }
        // The kiosk's own next operation (sequence 4) is accepted: nothing was squatted.
        let second = await kiosk.syncOnce(central.url)
        #expect(second.completed && second.acknowledgements.accepted == 1, "\(second)")
        let inspector = try await CentralInspector.open(central.databaseURL)
        #expect(try await inspector.storage.convergence(kioskID: "KPPSH001").operations == 4)
        await inspector.close()
    }
}
