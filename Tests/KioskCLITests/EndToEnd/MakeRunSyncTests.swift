import Foundation
import TestScheduling
import Testing

/// What `make run` does, in a real terminal: `scripts/run-kiosk.sh` starts an embedded central store,
/// the kiosk's badge goes online, an application is sent at once, the central's status changes come back
/// to My applications, and the central stops when the kiosk exits.
@Suite("make run with the embedded central (tmux)", .serialized, .offCooperativePool)
struct MakeRunSyncTests {
    @Test func theBadgeGoesOnlineAndStatusesComeBack() throws {
        let data = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let seeded = try CLIRunner.run(["seed", "--citizens", "200", "--data", data.path])
        try #require(seeded.status == 0, "seed failed: \(seeded.stderr)")
        // The walk-in config, syncing every 5 s (its shipped value is 30 s).
        let walkIn = try String(contentsOf: CLIRunner.repository.appendingPathComponent("KioskConfig/walk-in-kiosk.yaml"), encoding: .utf8)
        let config = data.appendingPathComponent("kiosk.yaml")
        try (walkIn.replacingOccurrences(of: "sync_interval_seconds: 30", with: "") + "\nsync_interval_seconds: 5\n")
            .write(to: config, atomically: true, encoding: .utf8)

        let session = try TmuxSession(width: 80, height: 24, command: [
            "/bin/bash", CLIRunner.repository.appendingPathComponent("scripts/run-kiosk.sh").path,
            data.path, config.path, CLIRunner.binary.path, CLIRunner.centralBinary.path,
        ], environment: ["KHYBER_ASSETS": CLIRunner.repository.appendingPathComponent("Assets").path, "DEMO_PROGRESS": "2"])
        try session.waitFor(text: "Type your CNIC number", timeout: TmuxSession.makeRunStartup)
        let online = try session.waitFor("the badge says Online", timeout: 60) { $0.first?.contains("Online") == true }
        #expect(online[0].contains("● Online"), "\(online[0])")

        try session.signIn(TmuxSession.irfan)
        let tracking = try session.apply(ServiceJourney.all[0])
        // Saved, then sent at once (the submit nudges the engine), acknowledged by the central.
        let centralDatabase = "sqlite:" + data.appendingPathComponent("central.sqlite").path
        var central = try CLIRunner.tool(CLIRunner.centralBinary.path, ["applications", "list", "--json", "--db", centralDatabase])
        for _ in 0..<50 where !central.stdout.contains(tracking) {
            Thread.sleep(forTimeInterval: 0.2)
            central = try CLIRunner.tool(CLIRunner.centralBinary.path, ["applications", "list", "--json", "--db", centralDatabase])
        }
        #expect(central.status == 0 && central.stdout.contains(tracking), "the central holds \(tracking): \(central.stdout.prefix(400)) \(central.stderr)")
        let sent = try session.waitFor("all sent") { $0.first?.contains("all sent · synced") == true }
        #expect(sent[0].contains("Online"), "\(sent[0])")
        // Everything `make run` keeps in the data folder is the owner's alone: the log and the central's files too.
        let manager = FileManager.default
        #expect((try manager.attributesOfItem(atPath: data.path)[.posixPermissions] as? Int) == 0o700)
        for name in ["central.log", "central.sqlite", "central.sqlite-wal", "central.sqlite-shm", "registry.sqlite"] {
            let mode = try manager.attributesOfItem(atPath: data.appendingPathComponent(name).path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(name) is \(mode.map { String($0, radix: 8) } ?? "missing")")
        }

        // The demo back office moves it on every 2 s; the kiosk pulls every 5 s.
        try session.press("Escape")
        try session.waitFor(text: "What would you like to do?")
        var row = ""
        for _ in 0..<12 {
            try session.type("3")
            let screen = try session.waitFor("\(tracking) listed") { $0.contains { $0.contains(tracking) } }
            row = screen.first { $0.contains(tracking) } ?? ""
            if !row.contains("Saved on this kiosk") && !row.contains("Received") { break }
            try session.press("Escape")
            try session.waitFor(text: "What would you like to do?")
            Thread.sleep(forTimeInterval: 2)
        }
        #expect(row.contains("In review") || row.contains("Approved") || row.contains("Ready for collection"), "a status came back: \(row)")

        // Operator exit: the kiosk ends and takes the central with it.
        try session.press("C-x")
        try session.press("C-q")
        try session.waitFor(text: "assword")
        try session.type("kiosk-operator")
        try session.press("Enter")
        try session.waitForExit(timeout: 15)
        let database = data.appendingPathComponent("central.sqlite").path
        let deadline = Date().addingTimeInterval(5)
        var stillRunning = true
        while Date() < deadline {
            stillRunning = try CLIRunner.tool("/usr/bin/pgrep", ["-f", database]).status == 0
            if !stillRunning { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(!stillRunning, "the central stopped with the kiosk")
    }
}
