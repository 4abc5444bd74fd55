import Foundation
import QRCode
import TestScheduling
import Testing

/// The real kiosk binary in a real terminal (tmux), driven with the keys a citizen presses.
@Suite("Kiosk end to end (tmux)", .serialized, .offCooperativePool)
final class KioskEndToEndTests {
    static let irfan = TmuxSession.irfan
    static let ayesha = TmuxSession.ayesha
    let data: URL

    deinit { try? FileManager.default.removeItem(at: data) }

    init() throws {
        data = try CLIRunner.temporaryFolder()
        let seeded = try CLIRunner.run(["seed", "--citizens", "200", "--data", data.path])
        try #require(seeded.status == 0, "seed failed: \(seeded.stderr)")
    }

    func startKiosk(width: Int = 80, height: Int = 24, config: String = "walk-in-kiosk.yaml") throws -> TmuxSession {
        try TmuxSession.kiosk(data: data, width: width, height: height, config: config)
    }

    func signIn(_ session: TmuxSession, cnic: String, pin: String, name: String) throws {
        try session.signIn(TmuxSession.Citizen(cnic: cnic, pin: pin, name: name))
    }

    /// Reads the QR code off the captured screen, as a phone would: finds the white panel, checks it is
    /// dark on light, rebuilds the modules from the half-block cells and lets zbarimg decode them.
    func scanQR(_ session: TmuxSession) throws -> String {
        let captured = CapturedScreen(lines: try session.stableColouredScreen())
        let region = try #require(captured.blackAndWhiteRegion, "no black-and-white panel on screen")
        let forced = captured.isBlackAndWhite(top: region.top, left: region.left, bottom: region.bottom, right: region.right)
        #expect(forced, "every QR cell must be forced black and white")
        let panelWidth = region.right - region.left + 1
        #expect(panelWidth == 45, "37 modules + 2×4 quiet zone")
        let cells = captured.qrCells(top: region.top, left: region.left, bottom: region.bottom, right: region.right)
        #expect(cells.allSatisfy { $0.allSatisfy { $0.glyph == " " || $0.glyph == "▄" } }, "blanks and lower halves only")
        let parsed = try HalfBlockParser.parse(cells: cells)
        #expect(parsed.matrix.size == 37)
        let margins = parsed.margins
        #expect(margins.top >= 4 && margins.left >= 4 && margins.bottom >= 4, "quiet zone kept")
        let image = try CLIRunner.temporaryFolder().appendingPathComponent("screen.pgm")
        defer { try? FileManager.default.removeItem(at: image.deletingLastPathComponent()) }
        try Data(QRImage.pgm(parsed.matrix, scale: 4)).write(to: image)
        let scanned = try CLIRunner.tool("/usr/bin/zbarimg", ["--raw", "-q", image.path])
        #expect(scanned.status == 0, "zbarimg could not read the code: \(scanned.stderr)")
        return scanned.stdout.trimmingCharacters(in: .newlines)
    }

    @Test("CNIC + PIN → My Khyber Pass → zbarimg reads the screen → the text verifies", arguments: [(80, 24), (120, 40)])
    func passScansOffTheScreen(width: Int, height: Int) throws {
        let session = try startKiosk(width: width, height: height)
        try signIn(session, cnic: Self.irfan.cnic, pin: Self.irfan.pin, name: Self.irfan.name)
        let home = try session.screen().joined(separator: "\n")
        #expect(home.contains(Self.irfan.name))
        #expect(home.contains("17301-•••••67-1") && !home.contains("1234567"), "CNIC masked on screen")
        try session.type("1")
        try session.waitFor(text: "Valid until")
        let text = try scanQR(session)
        #expect(text.hasPrefix("KP:") && text.count == 122)
        let verdict = try CLIRunner.run(["pass", "verify", text, "--data", data.path])
        #expect(verdict.status == 0, "the scanned text must verify: \(verdict.stdout)")
        #expect(verdict.stdout.contains(Self.irfan.name))
    }

    @Test func scannedPassTypedFastSignsInAfterThePIN() throws {
        let issued = try CLIRunner.run(["pass", "issue", "--cnic", Self.ayesha.cnic, "--data", data.path])
        let text = issued.stdout.trimmingCharacters(in: .newlines)
        let session = try startKiosk()
        // A keyboard-wedge scanner: the whole text at once, then Enter.
        try session.type(text)
        try session.press("Enter")
        try session.waitFor(text: "Enter your 4-digit PIN")
        #expect(try session.screen().contains { $0.contains(Self.ayesha.name) })
        try session.type(Self.ayesha.pin)
        try session.press("Enter")
        try session.waitFor(text: "What would you like to do?")
    }

    @Test func tamperedScanIsRefusedInPlainWords() throws {
        let session = try startKiosk()
        try session.type("KP:THIS-IS-NOT-A-REAL-PASS")
        try session.press("Enter")
        let screen = try session.waitForSettled(text: "not a Khyber Pass").joined(separator: "\n")
        #expect(!screen.contains("Enter your 4-digit PIN"))
    }

    @Test func pastedEscapeSequencesAreDroppedButEscStillWorks() throws {
        let session = try startKiosk()
        // Coloured text pasted in: the sequences must not act as Esc + keys, nor reach the screen.
        try session.type("\u{1B}[31m17301\u{1B}[0m\u{1B}]0;title\u{07}1234567\u{1B}[2J1")
        let screen = try session.waitForSettled(text: "17301-1234567-1").joined(separator: "\n")
        #expect(!screen.contains("31m") && !screen.contains("title") && !screen.contains("[2J"))
        try session.press("Enter")
        try session.waitFor(text: "Enter your 4-digit PIN")
        // A real Esc key press still goes back.
        try session.press("Escape")
        try session.waitFor(text: "Type your CNIC number")
    }

    @Test func controlKeysDoNotEndTheKiosk() throws {
        let session = try startKiosk()
        try session.type("17301")
        try session.press("C-c")
        try session.press("C-z")
        try session.press("C-\\")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(try session.programEnded() == false)
        try session.waitFor(text: "17301-")
        try session.type("12345671")
        try session.waitFor(text: "17301-1234567-1")
    }

    @Test func fiveWrongPINsLockAndTheLockSurvivesARestart() throws {
        var session: TmuxSession? = try startKiosk()
        try session!.type(Self.ayesha.cnic)
        try session!.press("Enter")
        try session!.waitFor(text: "Enter your 4-digit PIN")
        for attempt in 1...4 {
            try session!.type("0000")
            try session!.press("Enter")
            try session!.waitFor(text: "\(5 - attempt) tr")
        }
        try session!.type("0000")
        try session!.press("Enter")
        try session!.waitFor(text: "Locked until")
        session = nil  // kills the tmux server and the kiosk with it
        let restarted = try startKiosk()
        try restarted.type(Self.ayesha.cnic)
        try restarted.press("Enter")
        try restarted.waitFor(text: "Enter your 4-digit PIN")
        try restarted.type(Self.ayesha.pin)
        try restarted.press("Enter")
        try restarted.waitFor(text: "Locked until")
        #expect(try restarted.screen().allSatisfy { !$0.contains("What would you like to do?") })
    }

    @Test func idleTimeoutCountsDownThenForgetsTheCitizen() throws {
        let config = try CLIRunner.temporaryFolder().appendingPathComponent("quick-idle.yaml")
        defer { try? FileManager.default.removeItem(at: config.deletingLastPathComponent()) }
        try Data("kiosk_id: KP-TEST-01\nidle_timeout_seconds: 10\nidle_warning_seconds: 3\n".utf8).write(to: config)
        let session = try startKiosk(config: config.path)
        try signIn(session, cnic: Self.irfan.cnic, pin: Self.irfan.pin, name: Self.irfan.name)
        try session.waitFor(text: "Are you still there?", timeout: 15)
        try session.waitFor(text: "Type your CNIC number", timeout: 8)
        let history = try session.history()
        #expect(!history.contains(Self.irfan.name), "the citizen's name must not remain on screen or in scrollback")
        #expect(!history.contains("67-1"))
    }

    @Test func operatorExitWipesTheScreen() throws {
        let session = try startKiosk()
        try signIn(session, cnic: Self.irfan.cnic, pin: Self.irfan.pin, name: Self.irfan.name)
        try session.press("C-x")
        try session.press("C-q")
        try session.waitFor(text: "assword")
        try session.type("kiosk-operator")
        try session.press("Enter")
        try session.waitForExit()
        let history = try session.history()
        #expect(!history.contains(Self.irfan.name) && !history.contains("67-1"), "nothing personal left:\n\(history)")
    }

    @Test("SIGTERM and SIGHUP restore the terminal and leave nothing personal", arguments: [SIGTERM, SIGHUP])
    func signalsWipeTheScreen(signal: Int32) throws {
        let session = try startKiosk()
        try signIn(session, cnic: Self.irfan.cnic, pin: Self.irfan.pin, name: Self.irfan.name)
        try session.type("1")
        try session.waitFor(text: "Valid until")
        #expect(kill(try session.programPID(), signal) == 0)
        try session.waitForExit()
        let history = try session.history()
        #expect(!history.contains(Self.irfan.name) && !history.contains("67-1") && !history.contains("▄"),
                "nothing personal left after signal \(signal):\n\(history)")
    }

    @Test("a crash signal restores the terminal without curses and leaves nothing personal", arguments: [SIGSEGV, SIGABRT])
    func crashSignalsWipeTheScreen(signal: Int32) throws {
        let session = try startKiosk()
        try signIn(session, cnic: Self.irfan.cnic, pin: Self.irfan.pin, name: Self.irfan.name)
        try session.type("1")
        try session.waitFor(text: "Valid until")
        #expect(kill(try session.programPID(), signal) == 0)
        try session.waitForExit()
        let history = try session.history()
        #expect(!history.contains(Self.irfan.name) && !history.contains("67-1") && !history.contains("▄"),
                "nothing personal left after signal \(signal):\n\(history)")
    }

    @Test func tooSmallThenResized() throws {
        let session = try TmuxSession(width: 60, height: 20, command: [
            CLIRunner.binary.path, "run", "--data", data.path,
        ], environment: ["KHYBER_ASSETS": CLIRunner.repository.appendingPathComponent("Assets").path])
        try session.waitFor(text: "80")
        try session.resize(width: 80, height: 24)
        try session.waitFor(text: "Type your CNIC number")
        try session.resize(width: 40, height: 10)
        try session.waitFor(text: "80")
        #expect(try session.programEnded() == false)
    }
}
