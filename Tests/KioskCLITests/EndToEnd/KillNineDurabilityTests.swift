import Foundation
import TestScheduling
import Testing

/// Durability: the receipt appears only after the application and its outbox row are committed in
/// one transaction, so killing the kiosk with SIGKILL the moment a tracking number is on screen
/// must never lose it, duplicate it or leave one row without the other; and a kill while it is
/// saving must leave both rows or neither.
@Suite("kill -9 during applications (tmux)", .serialized, .offCooperativePool)
struct KillNineDurabilityTests {
    static let rounds = 50

    @Test("50 × (start, sign in, apply, read the tracking number, kill -9): every shown application is whole")
    func everyShownApplicationSurvivesKillNine() throws {
        let data = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let seeded = try CLIRunner.run(["seed", "--citizens", "200", "--data", data.path])
        try #require(seeded.status == 0, "seed failed: \(seeded.stderr)")
        let journey = ServiceJourney.shortest

        let started = Date()
        let session = try TmuxSession.kiosk(data: data)
        var shown: [String] = []
        var phases: [String: TimeInterval] = [:]
        func timed<T>(_ phase: String, _ body: () throws -> T) rethrows -> T {
            let start = Date()
            defer { phases[phase, default: 0] += Date().timeIntervalSince(start) }
            return try body()
        }
        for round in 1...Self.rounds {
            if round > 1 { try timed("restart") { try session.restartKiosk() } }
            try timed("sign in") { try session.signIn(TmuxSession.irfan) }
            try timed("fill in") { try session.fillIn(journey) }
            let tracking = try timed("submit") { try session.submit() }
            try #require(kill(try session.programPID(), SIGKILL) == 0, "kill -9 in round \(round)")
            shown.append(tracking)
        }
        try session.waitForExit()
        let elapsed = Date().timeIntervalSince(started)
        let split = ["restart", "sign in", "fill in", "submit"].map { "\($0) \(String(format: "%.2f", (phases[$0] ?? 0) / Double(Self.rounds))) s" }
        print("⏱ \(Self.rounds) × kill -9 after the receipt (\(journey.serviceID)): \(String(format: "%.1f", elapsed)) s, "
              + "\(String(format: "%.2f", elapsed / Double(Self.rounds))) s a round (\(split.joined(separator: ", ")))")

        #expect(Set(shown).count == shown.count, "no tracking number was shown twice: \(shown)")
        let applications = try KioskRecords.applications(in: data)
        #expect(applications.count == Self.rounds, "one application per receipt shown")
        try Self.expectWhole(data, shown: shown, journey: journey)
    }

    @Test("kill -9 while submitting, 10 times: both rows or neither, and the kiosk goes on numbering without gaps")
    func killWhileSubmittingLeavesNoHalfApplication() throws {
        let data = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let seeded = try CLIRunner.run(["seed", "--citizens", "200", "--data", data.path])
        try #require(seeded.status == 0, "seed failed: \(seeded.stderr)")
        let journey = ServiceJourney.shortest

        let session = try TmuxSession.kiosk(data: data)
        for round in 0..<10 {
            if round > 0 { try session.restartKiosk() }
            try session.signIn(TmuxSession.irfan)
            try session.fillIn(journey)
            try session.press("Enter")
            // 0–9 ms after Enter: before, during or just after the transaction.
            Thread.sleep(forTimeInterval: Double(round) / 1000)
            try #require(kill(try session.programPID(), SIGKILL) == 0, "kill -9 in round \(round)")
        }
        try session.restartKiosk()
        let savedWhileKilled = try KioskRecords.applications(in: data).count
        print("⏱ kill -9 while submitting: \(savedWhileKilled) of 10 were saved before the kill")
        try session.signIn(TmuxSession.irfan)
        let last = try session.apply(journey)
        try Self.expectWhole(data, shown: [last], journey: journey)
        let applications = try KioskRecords.applications(in: data)
        #expect(applications.first?.tracking == last, "the application after the kills is the newest")
        #expect(Int(last.split(separator: "-")[1]) == applications.count, "its number follows the saved ones without a gap")
    }

    /// The store after kills: every `shown` tracking number once, with its one outbox operation;
    /// as many operations as applications, each about one of them; sequences 1…n.
    static func expectWhole(_ data: URL, shown: [String], journey: ServiceJourney) throws {
        let applications = try KioskRecords.applications(in: data)
        let outbox = try KioskRecords.outbox(in: data)
        #expect(outbox.count == applications.count, "one outbox operation per application")
        #expect(Set(applications.map(\.tracking)).count == applications.count, "no tracking number twice in the store")
        #expect(Set(outbox.map(\.opId)).count == outbox.count)
        #expect(outbox.map(\.sequence) == Array(1..<(outbox.count + 1)), "outbox sequences are 1…n without gaps: \(outbox.map(\.sequence))")
        #expect(Set(outbox.map(\.entityId)) == Set(applications.map(\.id)), "no outbox operation without its application")

        let byID = Dictionary(grouping: outbox, by: \.entityId)
        for application in applications {
            let operations = byID[application.id] ?? []
            #expect(operations.count == 1, "\(application.tracking) has exactly one outbox operation (found \(operations.count))")
            #expect(operations.first?.kind == "application.submitted")
            // The tracking number carries the sequence of the application's outbox operation.
            let sequence = Int(application.tracking.split(separator: "-")[1])
            #expect(operations.first?.sequence == sequence, "\(application.tracking) ↔ outbox sequence \(operations.first?.sequence ?? -1)")
        }
        for tracking in shown {
            let matching = applications.filter { $0.tracking == tracking }
            #expect(matching.count == 1, "\(tracking) is stored exactly once (found \(matching.count))")
            #expect(matching.first?.service == journey.serviceID && matching.first?.status == "saved-on-kiosk")
        }
    }
}
