import Foundation
import IdentityCore
import TestScheduling
import Testing

/// `seed --applications` and `applications list` through the real binary.
@Suite("khyber-kiosk applications", .serialized, .offCooperativePool)
struct ApplicationsCommandTests {
    @Test func seededApplicationsAreListedAsTableAndJSON() throws {
        let data = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let seeded = try CLIRunner.run(["seed", "--citizens", "300", "--seed", "3", "--applications", "20", "--data", data.path])
        #expect(seeded.status == 0, "seed failed: \(seeded.stderr)")
        #expect(seeded.stdout.contains("Submitted 20 applications as kiosk KP-DEMO-001"), "\(seeded.stdout)")

        let json = try CLIRunner.run(["applications", "list", "--json", "--data", data.path])
        #expect(json.status == 0, "\(json.stderr)")
        let array = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        let entries = try #require(array)
        #expect(entries.count == 20)
        for entry in entries {
            for key in ["id", "tracking", "service", "cnic", "status", "submittedAt", "serviceVersion", "fee"] {
                #expect(entry[key] != nil, "\(key) is missing from \(entry)")
            }
            let tracking = entry["tracking"] as? String ?? ""
            #expect(tracking.hasPrefix("KPDEMO001-"), "\(tracking)")
            #expect(Self.trackingIsValid(tracking), "\(tracking) has a valid check character")
            #expect((try? CNIC(entry["cnic"] as? String ?? "")) != nil, "JSON carries the formatted CNIC")
            #expect(entry["status"] as? String == "saved-on-kiosk")
            #expect(ISO8601DateFormatter().date(from: entry["submittedAt"] as? String ?? "") != nil)
        }
        #expect(Set(entries.compactMap { $0["tracking"] as? String }).count == 20, "tracking numbers are unique")

        let table = try CLIRunner.run(["applications", "list", "--data", data.path])
        #expect(table.status == 0)
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.count == 21 && lines[0].contains("TRACKING"))
        #expect(table.stdout.contains("•"), "CNICs are masked in the table")
        for entry in entries {
            let full = (entry["cnic"] as? String ?? "").replacingOccurrences(of: "-", with: "")
            #expect(!table.stdout.contains(entry["cnic"] as? String ?? "?") && !table.stdout.contains(full))
        }

        let again = try CLIRunner.run(["seed", "--citizens", "300", "--seed", "3", "--applications", "5", "--data", data.path])
        #expect(again.stdout.contains("now holds 25"), "re-running adds more: \(again.stdout)")

        let someone = try #require(entries.first?["cnic"] as? String)
        let mine = try CLIRunner.run(["applications", "list", "--cnic", someone, "--json", "--data", data.path])
        let filtered = try JSONSerialization.jsonObject(with: Data(mine.stdout.utf8)) as? [[String: Any]]
        #expect(filtered?.isEmpty == false && filtered?.allSatisfy { $0["cnic"] as? String == someone } == true)
    }

    @Test func emptyKioskAndBadInput() throws {
        let data = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        _ = try CLIRunner.run(["seed", "--citizens", "10", "--data", data.path])
        let empty = try CLIRunner.run(["applications", "list", "--json", "--data", data.path])
        let emptyList = try JSONSerialization.jsonObject(with: Data(empty.stdout.utf8)) as? [Any]
        #expect(empty.status == 0 && emptyList?.isEmpty == true)
        let badCNIC = try CLIRunner.run(["applications", "list", "--cnic", "12", "--data", data.path])
        #expect(badCNIC.status != 0 && badCNIC.stderr.contains("is not a CNIC"))
        let badKiosk = try CLIRunner.run(["seed", "--citizens", "10", "--applications", "2", "--kiosk-id", "no spaces", "--data", data.path])
        #expect(badKiosk.status != 0 && badKiosk.stderr.contains("kiosk id"))
        let none = try CLIRunner.run(["applications", "list", "--data", data.path])
        #expect(none.stdout.contains("No applications"), "a refused seed wrote nothing")
    }

    @Test func jsonListsEveryApplicationAndTheTableSaysHowManyItShows() throws {
        let data = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let seeded = try CLIRunner.run(["seed", "--citizens", "1000", "--seed", "5", "--applications", "130", "--data", data.path])
        try #require(seeded.status == 0, "seed failed: \(seeded.stderr)")

        let all = try CLIRunner.run(["applications", "list", "--json", "--data", data.path])
        #expect(all.status == 0, "\(all.stderr)")
        #expect((try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [Any])?.count == 130, "no silent cut at 100")
        let some = try CLIRunner.run(["applications", "list", "--json", "--limit", "7", "--data", data.path])
        #expect((try JSONSerialization.jsonObject(with: Data(some.stdout.utf8)) as? [Any])?.count == 7)

        let table = try CLIRunner.run(["applications", "list", "--data", data.path])
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.count == 102, "a header, 100 rows and the line that says so: \(lines.count)")
        #expect(lines.last == "Showing 100 of 130 applications (newest first); --limit N shows more, --json lists all")
        let everything = try CLIRunner.run(["applications", "list", "--limit", "130", "--data", data.path])
        #expect(everything.stdout.split(separator: "\n").count == 131, "all 130 and the header, nothing about more")
        let badLimit = try CLIRunner.run(["applications", "list", "--limit", "0", "--data", data.path])
        #expect(badLimit.status != 0 && badLimit.stderr.contains("--limit must be between 1 and 1,000,000"), "\(badLimit.stderr)")
    }

    /// The tracking check character, recomputed here (weights 1, 2, 3, 4 over `0-9A-Z-`, modulo 25).
    static func trackingIsValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[2].count == 1 else { return false }
        let body = Array(parts[0] + "-" + parts[1])
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-"), symbols = Array("34679ACDEFGHJKMNPQRTUVWXY")
        var sum = 0
        for (index, character) in body.enumerated() {
            guard let value = alphabet.firstIndex(of: character) else { return false }
            sum += value * [1, 2, 3, 4][index % 4]
        }
        return symbols[sum % 25] == parts[2].first
    }
}
