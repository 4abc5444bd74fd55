import ChildProcesses
import Foundation
import TestScheduling
import Testing

/// Issue 11 §6 in real terminals: a real `khyber-central` on loopback, two kiosks with their own data folders,
/// enrolled, approved and given the trust bundle the way the demo scripts do it. At kiosk A (the operator
/// desk) the demo operator finds a synthetic citizen by name in a district, checks the card, the citizen
/// chooses a PIN; the operator reissues the pass and applies for Irfan. Kiosk A syncs, kiosk B syncs, and at
/// kiosk B's Welcome the citizen signs in with that PIN. The central holds the reissue's revocation and the
/// assisted application with its operator.
@Suite("Operator desk end to end (tmux, two kiosks, a real central)", .serialized, .offCooperativePool)
struct OperatorDeskEndToEndTests {
    static let newPIN = "2739"

    @Test func aPINChosenAtTheDeskOfOneKioskSignsInAtAnother() throws {
        let root = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let central = try DemoCentral(folder: root.appendingPathComponent("central"))
        defer { central.stop() }
        let desk = try DemoKiosk(id: "KP-PSH-DESK-01", config: "operator-desk.yaml", in: root)
        let walkIn = try DemoKiosk(id: "KP-PSH-WALK-02", config: "walk-in-kiosk.yaml", in: root)
        try central.prepare([desk, walkIn])
        let citizen = try desk.citizenWithoutPIN(district: 173)
        try central.importRegistry(citizen, folder: root)
        try central.start()
        for kiosk in [desk, walkIn] { try central.enrolAndApprove(kiosk) }
        // As run-kiosk.sh: the bundle is drafted, signed and published after the approvals, then each kiosk syncs.
        try central.publish()
        for kiosk in [desk, walkIn] {
            let sync = try kiosk.sync(central.url)
            #expect(sync.stdout.contains("verified and stored"), "\(kiosk.id): \(sync.stdout)")
        }
        let operators = try CLIRunner.run(["operators", "list", "--config", desk.config.path, "--data", desk.folder.path])
        #expect(operators.stdout.contains("OP-0001") && operators.stdout.contains("SV-0001"),
                "the held bundle lists the desk as an active device of its centre: \(operators.stdout)\(operators.stderr)")

        // Kiosk A: the operator signs in and finds the citizen by name, filtered to Peshawar.
        let a = try desk.tmux(central.url)
        try a.waitFor(text: "Operator sign-in", timeout: 20)
        try a.signInAtDesk()
        #expect(try a.screen().contains { $0.contains(TmuxSession.demoOperator.signedIn) })
        try a.type("1")
        try a.waitFor(text: "Find a citizen")
        try a.press("Tab")
        try a.press("Tab")
        try a.type(citizen.nameLatin)
        try a.press("Tab")
        try a.type("Peshawar")
        try a.waitFor(text: "→ Peshawar")
        try a.press("Enter")
        let found = try a.waitFor("the citizen listed") { $0.contains { $0.contains(citizen.formattedCNIC) } }
        let row = try #require(found.first { $0.contains(citizen.formattedCNIC) })
        #expect(row.contains(String(citizen.birthDate.prefix(4))), "\(row)")
        let number = try #require(row.trimmingCharacters(in: .whitespaces).first)
        try a.type(String(number))
        try a.waitFor(text: "PIN: not set")
        #expect(try a.screen().contains { $0.contains("CNIC \(citizen.formattedCNIC)") }, "the operator sees the full CNIC")

        // The card is checked; the citizen types a weak PIN (refused), then a good one twice.
        try a.type("1")
        try a.waitFor(text: "Do the number, name, photo and expiry")
        try a.type("1")
        try a.waitFor(text: "Card checked and recorded.")
        try a.type("2")
        try a.waitFor(text: "Citizen: type a new 4-digit PIN")
        try a.type("1234")
        try a.press("Enter")
        try a.waitFor(text: "Digits in a row (like 1234) are easy to guess.")
        try a.type(Self.newPIN)
        try a.press("Enter")
        try a.waitFor(text: "Type the same PIN again")
        #expect(try !a.history().contains(Self.newPIN), "the PIN is shown as dots only")
        try a.type(Self.newPIN)
        try a.press("Enter")
        let issued = try a.waitForSettled(text: "Pass issued", timeout: 20)
        let firstSerial = try #require(Self.serial(on: issued))

        // A reissue: the old pass is revoked through the audited call, so the central hears of it.
        try a.press("Enter")
        try a.waitFor(text: "PIN: set")
        try a.type("4")
        let reissued = try a.waitFor("a new serial", timeout: 20) { screen in Self.serial(on: screen).map { $0 != firstSerial } ?? false }
        #expect(Self.serial(on: reissued) != nil)

        // An assisted application for Irfan (found by CNIC): the receipt and the central name the operator.
        try a.press("Enter")
        try a.waitFor(text: "PIN: set")
        try a.leaveRecordForMenu()
        try a.openRecordAtDesk(cnic: TmuxSession.irfan.cnic, formatted: "17301-1234567-1")
        try a.type("11")
        try a.waitFor(text: "Card checked and recorded.")
        try a.fillIn(ServiceJourney.all[0], opening: "6")
        let tracking = try a.submit()
        #expect(try a.screen().contains { $0.contains("Assisted by OP-0001") }, "the receipt names the operator")

        // Kiosk A syncs: everything accepted at the central.
        let pushed = try desk.sync(central.url)
        // (The desk's own background round, nudged by the changes, may have sent them first: nothing is refused either way.)
        #expect(pushed.status == 0 && pushed.stdout.contains("0 conflicts, 0 rejected") && pushed.stdout.contains("refused for good (operator): 0"),
                "\(pushed.stdout)\(pushed.stderr)")
        let draft = try central.draft()
        let revoked = (try JSONSerialization.jsonObject(with: Data(draft.utf8)) as? [String: Any])?["revokedPasses"] as? [[String: Any]] ?? []
        #expect(revoked.compactMap { $0["serial"] as? Int } == [firstSerial], "the central's next bundle lists the reissued pass as revoked: \(revoked)")
        let audit = try central.command(["audit", "list", "--cnic", citizen.formattedCNIC])
        #expect(audit.stdout.contains("pass.revoked") && audit.stdout.contains("pin.activated") && audit.stdout.contains("OP-0001"), "\(audit.stdout)")

        let listed = try central.command(["applications", "list", "--json"])
        #expect(listed.stdout.contains(tracking) && listed.stdout.contains("\"assistedBy\" : \"OP-0001\""), "\(listed.stdout.prefix(800))")

        // Kiosk B syncs, then the citizen signs in at its Welcome with the PIN chosen at A.
        let pulled = try walkIn.sync(central.url)
        #expect(pulled.status == 0, "\(pulled.stderr)")
        let b = try walkIn.tmux(central.url)
        try b.waitFor(text: "Type your CNIC number", timeout: 20)
        try b.signIn(TmuxSession.Citizen(cnic: citizen.cnic, pin: Self.newPIN, name: citizen.nameLatin))
        #expect(try b.screen().contains { $0.contains(citizen.nameLatin) }, "Home greets the citizen")
    }

    /// `make run`'s own demo (scripts/run-kiosk.sh) with the operator-desk config: the kiosk holds a bundle
    /// that lists it as an active device, so the demo operator signs in at once.
    @Test func makeRunsDemoDeskSignsTheDemoOperatorIn() throws {
        let data = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let seeded = try CLIRunner.run(["seed", "--citizens", "50", "--data", data.path])
        try #require(seeded.status == 0, "seed failed: \(seeded.stderr)")
        let config = CLIRunner.repository.appendingPathComponent("KioskConfig/operator-desk.yaml")
        let session = try TmuxSession(width: 80, height: 24, command: [
            "/bin/bash", CLIRunner.repository.appendingPathComponent("scripts/run-kiosk.sh").path,
            data.path, config.path, CLIRunner.binary.path, CLIRunner.centralBinary.path,
        ], environment: ["KHYBER_ASSETS": CLIRunner.repository.appendingPathComponent("Assets").path, "DEMO_PROGRESS": "0"])
        try session.waitFor(text: "Operator sign-in", timeout: TmuxSession.makeRunStartup)
        let status = try CLIRunner.run(["operators", "list", "--config", config.path, "--data", data.path])
        #expect(status.stdout.contains("OP-0001 ") && status.stdout.contains("Peshawar Facilitation Centre, Desk 1"), "\(status.stdout)\(status.stderr)")
        try session.signInAtDesk()
        #expect(try session.screen().contains { $0.contains(TmuxSession.demoOperator.signedIn) })
        // The operator exit ends the kiosk and the demo's central with it.
        try session.press("C-x")
        try session.press("C-q")
        try session.waitFor(text: "assword")
        try session.type("kiosk-operator")
        try session.press("Enter")
        try session.waitForExit(timeout: 15)
    }

    /// The serial an issued pass screen shows (`Serial 3`).
    static func serial(on screen: [String]) -> Int? {
        for line in screen {
            guard let range = line.range(of: "Serial ") else { continue }
            let digits = line[range.upperBound...].prefix { $0.isNumber }
            if let value = Int(digits) { return value }
        }
        return nil
    }
}
