import ChildProcesses
import Foundation
import KioskSync
import TestScheduling
import Testing

/// `khyber-kiosk sync` as an operator runs it: no central configured, a central that is away, and the
/// headless loop that keeps going until it is told to stop.
@Suite("khyber-kiosk sync", .serialized, .offCooperativePool)
struct SyncCommandTests {
    private let environment = ["KHYBER_ASSETS": TestPaths.repository.appendingPathComponent("Assets").path]

    @Test func withoutACentralItSaysWhatToGive() throws {
        let root = try TestPaths.temporaryFolder()
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 1, in: root)
        let result = try ChildProcess.run(try TestPaths.binary("khyber-kiosk"), ["sync", "--once", "--data", kiosk.folder.path], environment: environment, outputFolder: root)
        #expect(result.status != 0)
        #expect(result.stderr.contains("no central store: give --central"), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal") && !result.stderr.contains("Stack"))
    }

    @Test func aCentralThatIsAwayKeepsEverythingQueuedAndExitsThree() throws {
        let root = try TestPaths.temporaryFolder()
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 4, in: root)
        let closedPort = try TestPaths.freePort()
        let result = try ChildProcess.run(
            try TestPaths.binary("khyber-kiosk"),
            ["sync", "--once", "--central", "http://127.0.0.1:\(closedPort)", "--data", kiosk.folder.path], environment: environment, outputFolder: root
        )
        #expect(result.status == 3)
        #expect(result.stderr.contains("central not reachable"), "\(result.stderr)")
        #expect(result.stdout.contains("waiting: 4"), "\(result.stdout)")
        #expect(try kiosk.registry.syncSnapshot().pending == 4)
    }

    @Test func theHeadlessLoopSendsNewWorkAndStopsOnSIGTERM() async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try StorageBackend.sqlite.freshDatabaseURL(in: root), folder: root)
        defer { central.stop() }
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 3, in: root)
        try await TestEnrolment.ensure(kiosk, at: central.url)
        let config = root.appendingPathComponent("kiosk.yaml")
        try "kiosk_id: KP-PSH-001\ncentral_url: \(central.url)\nsync_interval_seconds: 5\n".write(to: config, atomically: true, encoding: .utf8)
        let loop = try ChildProcess(
            try TestPaths.binary("khyber-kiosk"), ["sync", "--config", config.path, "--data", kiosk.folder.path],
            environment: environment, outputFolder: root
        )
        _ = try loop.waitForOutput(seconds: 20) { $0.contains("online: 0 waiting") }
        // New applications arrive while it runs (another process, the kiosk's screen): sent within a round.
        try kiosk.submit(2, seed: 11)
        #expect(try kiosk.registry.syncSnapshot().pending == 2)
        let deadline = Date().addingTimeInterval(20)
        while try kiosk.registry.syncSnapshot().pending > 0 && Date() < deadline { try await Task.sleep(for: .milliseconds(200)) }
        #expect(try kiosk.registry.syncSnapshot().pending == 0)
        #expect(loop.stop(SIGTERM) == 0, "a clean stop: \(loop.stderr)")
    }
}

@Suite("Backoff")

struct BackoffTests {
    @Test func delaysDoubleUpToTheCapWithJitterBetweenHalfAndAll() {
        let backoff = Backoff(baseSeconds: 1, maximumSeconds: 60)
        #expect(backoff.delay(afterFailures: 1, random: 0) == 0.5)
        #expect(backoff.delay(afterFailures: 1, random: 0.999) > 0.99)
        #expect(backoff.delay(afterFailures: 4, random: 0) == 4)
        #expect(backoff.delay(afterFailures: 4, random: 1) == 8)
        #expect(backoff.delay(afterFailures: 30, random: 0) == 30)
        #expect(backoff.delay(afterFailures: 1000, random: 1) == 60)
        #expect(backoff.delay(afterFailures: 0, random: 1) == 1, "no failures counts as the first")
    }

    @Test func kiosksComingBackTogetherSpreadOut() {
        let backoff = Backoff()
        var generator = SystemRandomNumberGenerator()
        let delays = (0..<100).map { _ in backoff.delay(afterFailures: 5, random: Double.random(in: 0..<1, using: &generator)) }
        #expect(delays.allSatisfy { (8...16).contains($0) })
        #expect(Set(delays.map { Int($0) }).count >= 5, "not all at the same second")
    }
}
