import Foundation
import TestScheduling
import Testing

/// `applications outbox`: one operation per submitted application, in sequence order, no payloads.
@Suite("khyber-kiosk applications outbox", .offCooperativePool)
struct ApplicationsOutboxCommandTests {
    @Test func seededApplicationsEachHaveOneOperation() throws {
        let data = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let empty = try CLIRunner.run(["seed", "--citizens", "50", "--data", data.path])
        try #require(empty.status == 0, "seed failed: \(empty.stderr)")
        let none = try CLIRunner.run(["applications", "outbox", "--data", data.path])
        #expect(none.status == 0 && none.stdout == "The outbox is empty.\n", "\(none.stdout)")
        #expect(try KioskRecords.outbox(in: data).isEmpty)

        let seeded = try CLIRunner.run(["seed", "--citizens", "50", "--applications", "6", "--data", data.path])
        try #require(seeded.status == 0, "seed failed: \(seeded.stderr)")
        let applications = try KioskRecords.applications(in: data)
        let outbox = try KioskRecords.outbox(in: data)
        #expect(applications.count == 6 && outbox.count == 6)
        #expect(outbox.map(\.sequence) == Array(1...6))
        #expect(Set(outbox.map(\.entityId)) == Set(applications.map(\.id)))
        #expect(outbox.allSatisfy { $0.kind == "application.submitted" && $0.kioskId == "KPDEMO001" && $0.acknowledgedAt == nil })

        let table = try CLIRunner.run(["applications", "outbox", "--data", data.path])
        let lines = table.stdout.split(separator: "\n")
        #expect(table.status == 0 && lines.count == 6 && lines.allSatisfy { $0.hasSuffix("pending") }, "\(table.stdout)")
        let json = try CLIRunner.run(["applications", "outbox", "--json", "--data", data.path]).stdout
        for application in applications {
            let digits = application.cnic.replacingOccurrences(of: "-", with: "")
            #expect(!table.stdout.contains(digits) && !json.contains(application.cnic) && !json.contains(digits), "no CNIC in the outbox listing")
        }
    }
}
