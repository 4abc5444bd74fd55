import Foundation
import TestScheduling
import Testing

/// The kiosk puts a bidi-capable terminal in explicit mode (`CSI 8 l`) when it starts, since it sends
/// Urdu and Pashto already in visual order, and gives it back implicit mode (`CSI 8 h`) when it ends.
/// tmux does not pass the mode on, so `script` sits between tmux and the kiosk and records every byte
/// the kiosk writes.
@Suite("Bidi mode of the terminal (tmux + script)", .serialized, .offCooperativePool)
struct BidiModeTests {
    @Test func explicitAtStartImplicitOnTheWayOut() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        let seeded = try CLIRunner.run(["seed", "--citizens", "5", "--data", data.path])
        try #require(seeded.status == 0, "seed failed: \(seeded.stderr)")
        let typescript = folder.appendingPathComponent("typescript")
        let config = CLIRunner.repository.appendingPathComponent("KioskConfig/walk-in-kiosk.yaml").path
        let kiosk = [CLIRunner.binary.path, "run", "--config", config, "--data", data.path].map { "'\($0)'" }.joined(separator: " ")
        let session = try TmuxSession(width: 80, height: 24, command: ["/usr/bin/script", "-q", "-f", "-c", kiosk, typescript.path],
                                      environment: ["KHYBER_ASSETS": CLIRunner.repository.appendingPathComponent("Assets").path])
        try session.waitFor(text: "Type your CNIC number")
        let started = try String(contentsOf: typescript, encoding: .utf8)
        #expect(started.contains("\u{1B}[8l"), "explicit bidi mode sent at start")
        #expect(!started.contains("\u{1B}[8h"))

        let scriptPID = try session.programPID()
        let children = try String(contentsOfFile: "/proc/\(scriptPID)/task/\(scriptPID)/children", encoding: .utf8)
        let kioskPID = try #require(children.split(separator: " ").compactMap { pid_t($0) }.first, "the kiosk under script")
        #expect(kill(kioskPID, SIGTERM) == 0)
        try session.waitForExit()
        let ended = try String(contentsOf: typescript, encoding: .utf8)
        let explicit = try #require(ended.range(of: "\u{1B}[8l"))
        let implicit = try #require(ended.range(of: "\u{1B}[8h"), "implicit bidi mode restored on the way out")
        #expect(explicit.upperBound <= implicit.lowerBound)
    }
}
