import Foundation
import TestScheduling
import Testing

/// The demo citizen applies for every shipped service on the real kiosk at 80×24, reads the
/// tracking number off the receipt, finds it in the back office's listing, then in My applications.
@Suite("Applying for each service end to end (tmux)", .serialized, .offCooperativePool)
struct ApplyForEachServiceTests {
    @Test("Sign in → apply → receipt → applications list → My applications", arguments: ServiceJourney.all)
    func applyAndFindTheApplication(journey: ServiceJourney) throws {
        let data = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let seeded = try CLIRunner.run(["seed", "--citizens", "200", "--data", data.path])
        try #require(seeded.status == 0, "seed failed: \(seeded.stderr)")

        let started = Date()
        let session = try TmuxSession.kiosk(data: data)
        try session.signIn(TmuxSession.irfan)
        let tracking = try session.apply(journey)
        let applied = Date().timeIntervalSince(started)
        #expect(tracking.hasPrefix("KPPSH001-"), "the walk-in kiosk's id starts the tracking number: \(tracking)")

        let applications = try KioskRecords.applications(in: data)
        #expect(applications.count == 1, "one application: \(applications.map(\.tracking))")
        let saved = try #require(applications.first { $0.tracking == tracking }, "\(tracking) is not in applications list")
        #expect(saved.service == journey.serviceID)
        #expect(saved.status == "saved-on-kiosk")
        #expect(saved.cnic == "17301-1234567-1")
        #expect("Rs \(saved.fee.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US"))))" == journey.fee)
        let outbox = try KioskRecords.outbox(in: data)
        #expect(outbox.count == 1 && outbox.first?.entityId == saved.id && outbox.first?.kind == "application.submitted")

        try session.press("Escape")
        try session.waitFor(text: "What would you like to do?")
        try session.type("3")
        let listed = try session.waitFor("\(tracking) in My applications") { screen in
            screen.contains { $0.contains("My applications") } && screen.contains { $0.contains(tracking) }
        }
        let row = try #require(listed.first { $0.contains(tracking) })
        #expect(row.contains("Saved on this kiosk"), "\(row)")
        #expect(row.contains(String(journey.title.prefix(19))), "the row names the service: \(row)")
        let total = Date().timeIntervalSince(started)
        print("⏱ \(journey.serviceID): start + sign in + apply \(String(format: "%.2f", applied)) s, whole journey \(String(format: "%.2f", total)) s")
    }
}
