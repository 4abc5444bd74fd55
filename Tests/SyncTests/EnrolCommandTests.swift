import ChildProcesses
import Foundation
import TestScheduling
import Testing

/// `khyber-kiosk enrol` and `khyber-central devices` as a province runs them: real processes on loopback.
@Suite("khyber-kiosk enrol and khyber-central devices", .serialized, .offCooperativePool)
struct EnrolCommandTests {
    private let environment = ["KHYBER_ASSETS": TestPaths.repository.appendingPathComponent("Assets").path]

    @Test func enrolPrintsTheCodeTheSupervisorApprovesThenSyncWorks() async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try StorageBackend.sqlite.freshDatabaseURL(in: root), folder: root)
        defer { central.stop() }
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 2, in: root)
        // A kiosk with two applications waiting and no keys yet (the harness made some: they go).
        let data = kiosk.folder
        for file in ["device-key.json", "issuer-keys.json"] { try FileManager.default.removeItem(at: data.appendingPathComponent(file)) }
        let kioskBinary = try TestPaths.binary("khyber-kiosk")

        // Unenrolled: sync says what to do.
        let before = try ChildProcess.run(kioskBinary, ["sync", "--once", "--central", central.url, "--kiosk-id", "KP-PSH-001", "--data", data.path], environment: environment, outputFolder: root)
        #expect(before.status != 0 && before.stderr.contains("khyber-kiosk enrol"), "\(before.stderr)")

        // With umask 000 the key files are still 0600.
        let enrol = try ChildProcess.run("/bin/sh", ["-c", "umask 000; exec \"$0\" enrol --central \"$1\" --kiosk-id KP-PSH-001 --data \"$2\"", kioskBinary, central.url, data.path], environment: environment, outputFolder: root)
        #expect(enrol.status == 0, "\(enrol.stderr)")
        let code = try #require(enrol.stdout.split(separator: "\n").first { $0.hasPrefix("code: ") }.map { String($0.dropFirst(6)) })
        #expect(enrol.stdout.contains("khyber-central devices approve KPPSH001 --code \(code)"))
        for file in ["device-key.json", "issuer-keys.json"] {
            let mode = try FileManager.default.attributesOfItem(atPath: data.appendingPathComponent(file).path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file) is \(String(mode ?? 0, radix: 8))")
        }
        let again = try ChildProcess.run(kioskBinary, ["enrol", "--central", central.url, "--kiosk-id", "KP-PSH-001", "--data", data.path], environment: environment, outputFolder: root)
        #expect(again.stdout.contains("code: \(code)"), "the same keys give the same code")

        let pending = try ChildProcess.run(kioskBinary, ["sync", "--once", "--central", central.url, "--kiosk-id", "KP-PSH-001", "--data", data.path], environment: environment, outputFolder: root)
        #expect(pending.status == 3 && pending.stderr.contains("waiting for a supervisor's approval"), "\(pending.stderr)")
        #expect(pending.stdout.contains("waiting: 2"), "nothing was marked failed: \(pending.stdout)")

        let listed = try central.command(["devices", "list"])
        #expect(listed.stdout.contains("KPPSH001") && listed.stdout.contains("pending") && listed.stdout.contains(code))
        let approved = try central.command(["devices", "approve", "KPPSH001", "--code", code, "--districts", "173"])
        #expect(approved.status == 0 && approved.stdout.contains("approved"), "\(approved.stderr)")

        let synced = try ChildProcess.run(kioskBinary, ["sync", "--once", "--central", central.url, "--kiosk-id", "KP-PSH-001", "--data", data.path], environment: environment, outputFolder: root)
        #expect(synced.status == 0 && synced.stdout.contains("2 accepted"), "\(synced.stdout) \(synced.stderr)")
        let approvedAgain = try ChildProcess.run(kioskBinary, ["enrol", "--central", central.url, "--kiosk-id", "KP-PSH-001", "--data", data.path], environment: environment, outputFolder: root)
        #expect(approvedAgain.stdout.contains("already enrolled and approved"))
    }
}
