import ChildProcesses
import Foundation
import TestScheduling
import Testing

/// What `khyber-central`'s back-office commands print, run as the real binary against a real central file:
/// text a kiosk sent is shown harmless, and `--json` gives every row unless `--limit` says otherwise.
@Suite("khyber-central back-office output", .serialized, .offCooperativePool)
struct CentralBackOfficeOutputTests {
    private let environment = ["KHYBER_ASSETS": TestPaths.repository.appendingPathComponent("Assets").path]

    /// A kiosk id that retitles the window, clears the screen, recolours (C1 CSI) and reverses the text.
    static let hostileKiosk = "KP\u{1B}]0;owned\u{07}\u{1B}[2J-\u{9B}31mEVIL\u{202E}001"
    /// A tracking number that stays itself when the command upper-cases it, with a cursor move inside.
    static let hostileTracking = "KP\u{1B}[10AX"

    @Test func textFromAKioskCannotReachTheOperatorsTerminal() async throws {
        let root = try TestPaths.temporaryFolder()
        let central = CentralFile(in: root)
        let tracking = try await central.push(
            from: Self.hostileKiosk, count: 1, serviceID: "svc\u{1B}[31m-red", trackingPrefix: Self.hostileTracking
        )[0]
        // The same operation id again with other content: a conflict, whose reason names the kiosk.
        try await central.push(from: Self.hostileKiosk, count: 1, serviceID: "svc\u{1B}[31m-red", trackingPrefix: Self.hostileTracking, fee: 9)

        // What is left of the kiosk id once its escape sequences, controls and bidi override are gone.
        let shown = "KP-EVIL001"
        for arguments in [["kiosks"], ["applications", "list"], ["conflicts"]] {
            let result = try run(arguments, central)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(Self.isTerminalSafe(result.stdout), "\(arguments) printed a control character: \(result.stdout.debugDescription)")
            #expect(result.stdout.contains(shown), "\(arguments) still shows the kiosk's text: \(result.stdout)")
        }
        let table = try run(["applications", "list"], central)
        #expect(table.stdout.contains("KPX-000001-X") && table.stdout.contains("svc-red"), "\(table.stdout)")
        for arguments in [["kiosks", "--json"], ["applications", "list", "--json"], ["conflicts", "--json"]] {
            let result = try run(arguments, central)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(Self.isTerminalSafe(result.stdout), "\(arguments) printed a control character: \(result.stdout.debugDescription)")
            #expect(result.stdout.contains("EVIL"), "\(arguments): \(result.stdout)")
        }
        let advanced = try run(["applications", "advance", tracking, "--to", "in-review"], central)
        #expect(advanced.status == 0, "\(advanced.stderr)")
        #expect(advanced.stdout == "KPX-000001-X: received → in-review\n", "\(advanced.stdout.debugDescription)")

        // JSON stays exact (a machine reads the same kiosk id back) while no raw control byte is printed.
        let json = try run(["kiosks", "--json"], central)
        let kiosks = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(kiosks?.first?["kioskID"] as? String == Self.hostileKiosk)

        // An error that quotes what the operator typed is one harmless line too.
        let missing = try run(["applications", "advance", "NO\u{1B}[2JSUCH", "--to", "in-review"], central)
        #expect(missing.status != 0 && missing.stderr.contains("SUCH"), "\(missing.stderr)")
        #expect(Self.isTerminalSafe(missing.stderr), "\(missing.stderr.debugDescription)")
    }

    @Test func jsonListsEveryApplicationAndTheTableSaysHowManyItShows() async throws {
        let root = try TestPaths.temporaryFolder()
        let central = CentralFile(in: root)
        try await central.push(from: "KP-PSH-001", count: 130)

        let all = try run(["applications", "list", "--json"], central)
        #expect(all.status == 0, "\(all.stderr)")
        #expect((try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [Any])?.count == 130, "no silent cut at 100")
        let some = try run(["applications", "list", "--json", "--limit", "7"], central)
        #expect((try JSONSerialization.jsonObject(with: Data(some.stdout.utf8)) as? [Any])?.count == 7)

        let table = try run(["applications", "list"], central)
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.count == 102, "a header, 100 rows and the line that says so: \(lines.count)")
        #expect(lines.last == "Showing 100 of 130 applications (newest first); --limit N shows more, --json lists all")
        let everything = try run(["applications", "list", "--limit", "500"], central)
        #expect(everything.stdout.split(separator: "\n").count == 131, "all 130 and the header, nothing about more")
    }

    @Test func anUnknownLogLevelIsOneLineListingTheLevels() throws {
        let root = try TestPaths.temporaryFolder()
        let result = try run(["kiosks", "--log-level", "loud"], CentralFile(in: root))
        #expect(result.status != 0)
        #expect(result.stderr.contains("loud") && result.stderr.contains("trace") && result.stderr.contains("critical"), "\(result.stderr)")
        let quiet = try run(["kiosks", "--log-level", "error"], CentralFile(in: root))
        #expect(quiet.status == 0 && quiet.stdout.contains("No kiosk has pushed"), "\(quiet.stderr)")
    }

    private func run(_ arguments: [String], _ central: CentralFile) throws -> (status: Int32, stdout: String, stderr: String) {
        try ChildProcess.run(
            try TestPaths.binary("khyber-central"), arguments + ["--db", central.databaseURL], environment: environment,
            outputFolder: URL(fileURLWithPath: central.path).deletingLastPathComponent()
        )
    }

    /// No C0 control but line feed, no DEL or C1 control, no bidi override: nothing a terminal acts on.
    static func isTerminalSafe(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x0A: true
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: false
            default: true
            }
        }
    }
}
