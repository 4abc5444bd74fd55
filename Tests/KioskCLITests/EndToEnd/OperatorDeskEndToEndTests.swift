import Foundation
import TestScheduling
import Testing

/// The operator's desk in a real terminal (issue 11 §6): `scripts/run-kiosk.sh` with the desk config starts
/// a real central with the demo operator accounts in its trust bundle; the operator signs in, finds a
/// synthetic citizen by name, checks the card, the citizen sets a PIN; the pass is issued; a reset is
/// refused without a supervisor and with the same person twice, and accepted with two.
@Suite("operator desk end to end (tmux)", .serialized, .offCooperativePool)
struct OperatorDeskEndToEndTests {
    static var cnicPattern: Regex<Substring> { #/\d{5}-\d{7}-\d/# }

    @Test func signInFindByNameCheckTheCardSetAPINAndResetWithTwoPeople() throws {
        let data = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let seeded = try CLIRunner.run(["seed", "--citizens", "300", "--data", data.path])
        try #require(seeded.status == 0, "seed failed: \(seeded.stderr)")
        let desk = try String(contentsOf: CLIRunner.repository.appendingPathComponent("KioskConfig/operator-desk.yaml"), encoding: .utf8)
        let config = data.appendingPathComponent("kiosk.yaml")
        try (desk.replacingOccurrences(of: "sync_interval_seconds: 30", with: "") + "\nsync_interval_seconds: 5\n")
            .write(to: config, atomically: true, encoding: .utf8)
        let session = try TmuxSession(width: 80, height: 24, command: [
            "/bin/bash", CLIRunner.repository.appendingPathComponent("scripts/run-kiosk.sh").path,
            data.path, config.path, CLIRunner.binary.path, CLIRunner.centralBinary.path,
        ], environment: ["KHYBER_ASSETS": CLIRunner.repository.appendingPathComponent("Assets").path, "DEMO_PROGRESS": "0"])
        try session.waitFor(text: "Operator sign-in", timeout: 30)

        // The accounts arrive with the first trust bundle the kiosk fetches: sign in until it has.
        var signedIn = false
        for _ in 0..<20 where !signedIn {
            try session.type("OP-0001")
            try session.press("Tab")
            try session.type("counter-demo-1")
            try session.press("Enter")
            let screen = try session.waitFor("an answer to the sign-in", timeout: 15) { lines in
                lines.contains { $0.contains("Signed in: OP-0001") } || lines.contains { $0.contains("Operator id: OP-0001") && !$0.contains("Checking") }
                    && !lines.contains { $0.contains("Checking") }
            }
            signedIn = screen.contains { $0.contains("Signed in: OP-0001") }
            if !signedIn {
                try session.press("Escape")
                Thread.sleep(forTimeInterval: 1)
            }
        }
        try #require(signedIn, "the demo operator signs in once the bundle is fetched")
        try session.waitFor(text: "Find a citizen")

        // Find by name in Peshawar, open a citizen without a PIN.
        try session.type("1")
        try session.waitFor(text: "CNIC or scan pass")
        try session.press("Tab")
        try session.press("Tab")
        try session.type("khan")
        try session.press("Tab")
        try session.type("Pesh")
        try session.press("Enter")
        let results = try session.waitFor(text: "found", timeout: 10)
        let rows = results.filter { $0.contains(" · Peshawar · ") }
        try #require(!rows.isEmpty, "namesakes listed:\n\(results.joined(separator: "\n"))")
        var cnic = ""
        for (index, _) in rows.enumerated() where cnic.isEmpty {
            try session.type(String(index + 1))
            let record = try session.waitFor(text: "PIN:")
            if record.contains(where: { $0.contains("PIN: not set") }) {
                cnic = record.compactMap { line in line.firstMatch(of: Self.cnicPattern).map { String($0.output) } }.first ?? ""
            } else {
                try session.press("Escape")
                try session.press("Tab")
                try session.press("Tab")
                try session.press("Enter")
                try session.waitFor(text: "found")
            }
        }
        try #require(!cnic.isEmpty, "a citizen without a PIN among the results")

        // Nothing changes before the card is checked.
        try session.type("2")
        try session.waitFor(text: "Check the card first")
        try session.type("1")
        try session.waitFor(text: "photo and expiry on the card match")
        try session.type("1")
        try session.waitFor(text: "Card checked and recorded.")

        // The citizen types the PIN; a weak one is refused in plain words; only dots are shown.
        try session.type("2")
        try session.waitFor(text: "type a new 4-digit PIN")
        try session.type("1111")
        try session.press("Enter")
        try session.waitFor(text: "The same digit four times")
        try session.type("2739")
        let dots = try session.waitFor(text: "●  ●  ●  ●")
        #expect(!dots.joined().contains("2739"))
        try session.press("Enter")
        try session.waitFor(text: "Type the same PIN again")
        try session.type("2739")
        try session.press("Enter")
        try session.waitFor(text: "Pass issued", timeout: 15)
        let looked = try CLIRunner.run(["lookup", "--cnic", cnic, "--data", data.path])
        #expect(looked.stdout.contains("PIN set"), "the registry holds the PIN: \(looked.stdout) \(looked.stderr)")
        try session.press("Enter")
        try session.waitFor(text: "PIN: set")

        // A reset: refused with the same person, refused without a supervisor, accepted with two.
        try session.type("3")
        try session.waitFor(text: "Also revoke the old pass")
        try session.type("1")
        try session.waitFor(text: "Supervisor's co-sign")
        try session.type("OP-0001")
        try session.press("Tab")
        try session.type("counter-demo-1")
        try session.press("Enter")
        try session.waitFor(text: "cannot co-sign their own reset")
        try session.type("SV-0001")
        try session.press("Tab")
        try session.type("wrong-password")
        try session.press("Enter")
        let refused = try session.waitFor("the wrong co-sign refused", timeout: 15) { lines in
            !lines.contains { $0.contains("Checking") } && lines.contains { $0.contains("Password:") } && !lines.contains { $0.contains("cannot co-sign") }
        }
        #expect(!refused.contains { $0.contains("Co-signed by") })
        try session.press("Escape")
        try session.waitFor(text: "PIN: set")
        try session.type("3")
        try session.waitFor(text: "Also revoke the old pass")
        try session.type("1")
        try session.type("SV-0001")
        try session.press("Tab")
        try session.type("supervisor-demo-1")
        try session.press("Enter")
        try session.waitFor(text: "Co-signed by SV-0001", timeout: 15)
        try session.type("5827")
        try session.press("Enter")
        try session.type("5827")
        try session.press("Enter")
        try session.waitFor(text: "Pass issued", timeout: 15)

        // Sign out: the desk rests on sign-in again.
        try session.press("Enter")
        try session.press("Escape")
        try session.press("Escape")
        try session.waitFor(text: "Sign out")
        try session.type("0")
        try session.waitFor(text: "Operator sign-in")
    }
}
