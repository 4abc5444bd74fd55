import ChildProcesses
import Foundation
import TestScheduling
import Testing

/// The kiosk under a pinned provincial root, through the real binaries: no bundle → no pass; the cycle at a
/// real central; `sync --once` fetches and verifies the bundle; the kiosk then issues with its own issuer key.
@Suite("khyber-kiosk under a provincial trust bundle", .serialized, .offCooperativePool)
struct KioskTrustCommandTests {
    func central(_ arguments: [String]) throws -> CLIRunner.Result { try CLIRunner.tool(CLIRunner.centralBinary.path, arguments) }

    @Test func theKioskBelievesOnlyTheFetchedBundleAndIssuesWithItsOwnKey() throws {
        let data = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let seeded = try CLIRunner.run(["seed", "--citizens", "300", "--data", data.path])
        try #require(seeded.status == 0, "seed failed: \(seeded.stderr)")
        let db = "sqlite:" + data.appendingPathComponent("central.sqlite").path
        let rootFile = data.appendingPathComponent("root.json").path

        #expect(try CLIRunner.run(["trust", "status", "--data", data.path]).stdout.contains("No provincial root is pinned"))
        let made = try central(["trust", "root-init", "--out", rootFile])
        try #require(made.status == 0, "\(made.stderr)")
        let rootKey = try #require(made.stdout.split(separator: " ").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        try (rootKey + "\n").write(to: data.appendingPathComponent("trust-root.pub"), atomically: true, encoding: .utf8)
        let issuer = try CLIRunner.run(["trust", "issuer-key", "--data", data.path])
        #expect(issuer.status == 0)
        let issuerKey = issuer.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let mode = try FileManager.default.attributesOfItem(atPath: data.appendingPathComponent("issuer-keys.json").path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try CLIRunner.run(["trust", "issuer-key", "--data", data.path]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == issuerKey)

        // Pinned, but no bundle yet: nothing is issued, and the words say why.
        let early = try CLIRunner.run(["pass", "issue", "--cnic", "17301-1234567-1", "--kiosk-id", "KP-PSH-001", "--data", data.path])
        #expect(early.status != 0 && early.stderr.contains("no trust bundle yet"), "\(early.stderr)")

        for step in [
            ["trust", "pin-root", "--public-key", rootKey, "--db", db],
            ["trust", "add-signer", "--public-key", issuerKey, "--scope", "kiosk:KP-PSH-001", "--label", "walk-in", "--db", db],
            ["trust", "draft", "--out", data.appendingPathComponent("draft.json").path, "--db", db],
            ["trust", "sign", "--root-key", rootFile, "--draft", data.appendingPathComponent("draft.json").path,
             "--out", data.appendingPathComponent("bundle.ktb").path],
            ["trust", "publish", data.appendingPathComponent("bundle.ktb").path, "--db", db],
        ] {
            let result = try central(step)
            #expect(result.status == 0, "\(step[1]): \(result.stderr)")
        }
        let server = try ChildProcess(CLIRunner.centralBinary.path, ["serve", "--db", db, "--port", "0"], outputFolder: data)
        defer { _ = server.stop() }
        let listening = try server.waitForOutput(seconds: 60) { $0.contains("listening on") }
        let url = try #require(listening.split(separator: " ").first { $0.hasPrefix("http://") }.map(String.init))
        // Enrolled and approved, as a supervisor would: only then does the central answer its sync.
        let enrolment = try CLIRunner.run(["enrol", "--central", url, "--kiosk-id", "KP-PSH-001", "--data", data.path])
        #expect(enrolment.status == 0, "\(enrolment.stderr)")
        let code = try #require(enrolment.stdout.split(separator: "\n").first { $0.hasPrefix("code: ") }.map { String($0.dropFirst(6)) })
        let approved = try central(["devices", "approve", "KPPSH001", "--code", code, "--db", db])
        #expect(approved.status == 0, "\(approved.stderr)")

        let sync = try CLIRunner.run(["sync", "--once", "--central", url, "--kiosk-id", "KP-PSH-001", "--data", data.path])
        #expect(sync.status == 0, "\(sync.stderr)")
        #expect(sync.stdout.contains("trust bundle version 1 verified and stored"), "\(sync.stdout)")
        #expect(try CLIRunner.run(["trust", "status", "--data", data.path]).stdout.contains("Held bundle: version 1, 1 issuers"))

        let pass = try CLIRunner.run(["pass", "issue", "--cnic", "17301-1234567-1", "--kiosk-id", "KP-PSH-001", "--data", data.path])
        #expect(pass.status == 0, "\(pass.stderr)")
        let text = pass.stdout.trimmingCharacters(in: .newlines)
        let verified = try CLIRunner.run(["pass", "verify", text, "--data", data.path])
        #expect(verified.status == 0 && verified.stdout.hasPrefix("valid:"), "\(verified.stdout) \(verified.stderr)")
        // Another kiosk's id has no issuer key in the bundle: refused, with the words why.
        let other = try CLIRunner.run(["pass", "issue", "--cnic", "17301-1234567-1", "--reissue", "--kiosk-id", "KP-MRD-002", "--data", data.path])
        #expect(other.status != 0 && other.stderr.contains("lists no issuer key of kiosk KPMRD002"), "\(other.stderr)")
    }
}
