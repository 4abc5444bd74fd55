import Foundation
import Testing
import IdentityCore
import QRCode
import TestScheduling

/// The real binary on a real registry: issue, show (read back by zbarimg), verify.
@Suite("khyber-kiosk pass", .serialized, .offCooperativePool)
struct PassCommandTests {
    let data: URL

    init() throws {
        data = try CLIRunner.temporaryFolder()
        let seeded = try CLIRunner.run(["seed", "--citizens", "300", "--data", data.path])
        try #require(seeded.status == 0, "seed failed: \(seeded.stderr)")
    }

    func issue(_ cnic: String, _ extra: [String] = []) throws -> String {
        let result = try CLIRunner.run(["pass", "issue", "--cnic", cnic, "--data", data.path] + extra)
        try #require(result.status == 0, "issue failed: \(result.stderr)")
        return result.stdout.trimmingCharacters(in: .newlines)
    }

    @Test func issuedPassVerifiesAndIsStable() throws {
        let text = try issue("17301-1234567-1")
        #expect(text.hasPrefix("KP:") && text.count == 122)
        #expect(try issue("1730112345671") == text, "a citizen with a valid pass gets the same pass again")
        let verified = try CLIRunner.run(["pass", "verify", text, "--data", data.path])
        #expect(verified.status == 0)
        #expect(verified.stdout.hasPrefix("valid:"))
        #expect(verified.stdout.contains("Muhammad Irfan Khan"))
        #expect(!verified.stdout.contains("1730112345671") && !verified.stdout.contains("17301-1234567-1"), "full CNIC printed")
        let fromStdin = try CLIRunner.run(["pass", "verify", "-", "--data", data.path], stdin: text + "\r\n")
        #expect(fromStdin.status == 0)
    }

    @Test func verdictsAndExitCodes() throws {
        let text = try issue("16101-7654321-2")
        var tampered = Array(text)
        tampered[40] = tampered[40] == "A" ? "B" : "A"
        let bad = try CLIRunner.run(["pass", "verify", String(tampered), "--data", data.path])
        #expect(bad.status == 1)
        #expect(!bad.stdout.hasPrefix("valid"))
        let expired = try CLIRunner.run(["pass", "verify", text, "--at", "2032-01-01T09:00:00+05:00", "--data", data.path])
        #expect(expired.status == 1 && expired.stdout.hasPrefix("expired:"))
        let early = try CLIRunner.run(["pass", "verify", text, "--at", "2020-01-01T09:00:00+05:00", "--data", data.path])
        #expect(early.status == 1 && early.stdout.hasPrefix("not-yet-valid:"))
        let junk = try CLIRunner.run(["pass", "verify", "17301-1234567-1", "--data", data.path])
        #expect(junk.status == 1 && junk.stdout.hasPrefix("malformed:"))
        let stranger = try CLIRunner.run(["pass", "verify", text, "--data", try CLIRunner.temporaryFolder().path])
        #expect(stranger.status == 1 && stranger.stdout.hasPrefix("unknown-signer:"))
        let reissued = try issue("16101-7654321-2", ["--reissue"])
        #expect(reissued != text)
        let revoked = try CLIRunner.run(["pass", "verify", text, "--data", data.path])
        #expect(revoked.status == 1 && revoked.stdout.hasPrefix("revoked:"))
        #expect(try CLIRunner.run(["pass", "verify", reissued, "--data", data.path]).status == 0)
    }

    @Test func anEnrolledKiosksReissueTellsTheCentral() throws {
        let first = try issue("17301-1234567-1")
        // As `enrol` leaves it: a device key in the data folder (any 32 bytes are an Ed25519 seed).
        let seed = Data((0..<32).map { UInt8(($0 * 37 + 11) % 256) }).base64EncodedString()
        try Data(#"{"format":1,"privateKey":"\#(seed)","publicKey":""}"#.utf8).write(to: data.appendingPathComponent("device-key.json"))
        let reissued = try issue("17301-1234567-1", ["--reissue"])
        #expect(reissued != first)
        #expect(try CLIRunner.run(["pass", "verify", first, "--data", data.path]).stdout.hasPrefix("revoked:"))
        let outbox = try CLIRunner.run(["applications", "outbox", "--data", data.path])
        #expect(outbox.stdout.contains("pass.revoked"), "the revocation waits to be sent to the central:\n\(outbox.stdout)")
        let audit = try CLIRunner.run(["audit", "verify", "--data", data.path])
        #expect(audit.status == 0 && audit.stdout.contains(": 1 entries"), "one signed entry (pass.revoked), unbroken:\n\(audit.stdout)\(audit.stderr)")
    }

    @Test("pass show draws a code zbarimg reads back to the exact pass text", arguments: ["17301-1234567-1", "16101-7654321-2"])
    func showScansBack(cnic: String) throws {
        let text = try issue(cnic)
        let shown = try CLIRunner.run(["pass", "show", "--cnic", cnic, "--data", data.path])
        try #require(shown.status == 0, "show failed: \(shown.stderr)")
        #expect(shown.stdout.contains("\u{1B}[38;5;16m\u{1B}[48;5;231m"), "dark-on-light colours forced")
        #expect(shown.stdout.contains("\u{1B}[38;5;16m\u{1B}[48;5;16m"), "dark modules are a blank on a black background")
        #expect(shown.stdout.contains("Valid until"))
        // Keep only the QR part of each line (the caption follows the last colour reset), colours included.
        let qrLines = shown.stdout.split(separator: "\n").compactMap { line -> String? in
            guard let end = line.range(of: "\u{1B}[0m") else { return nil }
            return String(line[..<end.lowerBound])
        }
        #expect(qrLines.count == 23, "a version-5 code with its quiet zone is 23 rows")
        let matrix = try QRMatrix(halfBlockLines: qrLines)
        #expect(matrix.size == 37)
        let image = try CLIRunner.temporaryFolder().appendingPathComponent("pass.pgm")
        try Data(QRImage.pgm(matrix, scale: 4)).write(to: image)
        let scanned = try CLIRunner.tool("/usr/bin/zbarimg", ["--raw", "-q", image.path])
        #expect(scanned.stdout.trimmingCharacters(in: .newlines) == text)
    }

    @Test func unknownCitizenAndBadCNICAreCalmErrors() throws {
        let unknown = try CLIRunner.run(["pass", "issue", "--cnic", "17301-9999999-1", "--data", data.path])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no citizen with CNIC 17301-•••••99-1"))
        let wrong = try CLIRunner.run(["pass", "show", "--cnic", "1730112345670", "--data", data.path])
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("never 0"))
        let noRegistry = try CLIRunner.run(["pass", "issue", "--cnic", "17301-1234567-1", "--data", try CLIRunner.temporaryFolder().path])
        #expect(noRegistry.status != 0 && noRegistry.stderr.contains("khyber-kiosk seed"))
        for result in [unknown, wrong, noRegistry] {
            #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack"))
        }
    }

    @Test func signerKeyIsPrivate() throws {
        let attributes = try FileManager.default.attributesOfItem(atPath: data.appendingPathComponent("keys/pass-signer.ed25519").path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }
}
