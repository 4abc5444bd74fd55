import ChildProcesses
import Foundation
import ProvincialTrust
import TestScheduling
import Testing

/// `trust draft` and `trust sign` as a back office runs them (real binaries, a real SQLite file, no server).
@Suite("khyber-central trust draft and sign", .offCooperativePool)
struct TrustDraftCommandTests {
    func central(_ arguments: [String], in folder: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        try ChildProcess.run(try TestPaths.binary("khyber-central"), arguments, outputFolder: folder)
    }

    @Test func theDraftListsTheCertificateFingerprintAsOpenSSLComputesIt() throws {
        let folder = try TestPaths.temporaryFolder()
        let key = folder.appendingPathComponent("k.pem").path, cert = folder.appendingPathComponent("c.pem").path
        let made = try ChildProcess.run(
            "/usr/bin/openssl", ["req", "-x509", "-newkey", "ed25519", "-keyout", key, "-out", cert, "-days", "1", "-nodes", "-subj", "/CN=central"],
            outputFolder: folder)
        try #require(made.status == 0, "\(made.stderr)")
        let printed = try ChildProcess.run("/usr/bin/openssl", ["x509", "-in", cert, "-noout", "-fingerprint", "-sha256"], outputFolder: folder)
        let expected = try #require(printed.stdout.split(separator: "=").last).filter(\.isHexDigit).lowercased()
        let draft = folder.appendingPathComponent("draft.json")
        let db = "sqlite:" + folder.appendingPathComponent("central.sqlite").path
        let drafted = try central(["trust", "draft", "--out", draft.path, "--tls-cert", cert, "--valid-days", "30", "--db", db], in: folder)
        #expect(drafted.status == 0, "\(drafted.stderr)")
        let content = try TrustBundleContent.decode(try Data(contentsOf: draft))
        #expect(content.tlsFingerprints == [expected])
        #expect(content.version == 1)
        #expect(abs(content.expiresAt.timeIntervalSince(content.issuedAt) - 30 * 86_400) < 1)
        let mode = try FileManager.default.attributesOfItem(atPath: draft.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func signingNeedsNoDatabaseAndRefusesADamagedDraft() throws {
        let folder = try TestPaths.temporaryFolder()
        let root = folder.appendingPathComponent("root.json").path
        #expect(try central(["trust", "root-init", "--out", root], in: folder).status == 0)
        let again = try central(["trust", "root-init", "--out", root], in: folder)
        #expect(again.status != 0 && again.stderr.contains("already exists"), "a root is never overwritten: \(again.stderr)")
        let damaged = folder.appendingPathComponent("damaged.json")
        try Data("{\"format\": 1, \"version\": 0}".utf8).write(to: damaged)
        let out = folder.appendingPathComponent("out.ktb").path
        let refused = try central(["trust", "sign", "--root-key", root, "--draft", damaged.path, "--out", out], in: folder)
        #expect(refused.status != 0 && refused.stderr.contains("cannot sign"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
