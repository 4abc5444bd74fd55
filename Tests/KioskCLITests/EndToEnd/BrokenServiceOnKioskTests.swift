import Foundation
import TestScheduling
import Testing

/// A broken definition at run time: the kiosk lists that service as not available, unnumbered,
/// and the other services can still be applied for.
@Suite("A broken service definition on the kiosk (tmux)", .serialized, .offCooperativePool)
struct BrokenServiceOnKioskTests {
    @Test("The broken service shows as unavailable; another can still be applied for", arguments: ServicesCommandTests.breakages)
    func brokenServiceIsUnavailableOthersWork(breakage: ServicesCommandTests.Breakage) throws {
        let assets = try CLIRunner.temporaryFolder()
        let data = try CLIRunner.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: assets)
            try? FileManager.default.removeItem(at: data)
        }
        let services = try ServicesCommandTests.copyWithBrokenFile(breakage)
        defer { try? FileManager.default.removeItem(at: services.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: CLIRunner.repository.appendingPathComponent("Assets/districts.json"), to: assets.appendingPathComponent("districts.json"))
        try FileManager.default.copyItem(at: CLIRunner.repository.appendingPathComponent("Assets/strings"), to: assets.appendingPathComponent("strings"))
        try FileManager.default.moveItem(at: services, to: assets.appendingPathComponent("services"))
        let seeded = try CLIRunner.run(["seed", "--citizens", "200", "--data", data.path])
        try #require(seeded.status == 0, "seed failed: \(seeded.stderr)")

        let broken = try #require(ServiceJourney.all.first { "\($0.serviceID).json" == breakage.file })
        let working = ServiceJourney.all.filter { $0.serviceID != broken.serviceID }
        let session = try TmuxSession.kiosk(data: data, assets: assets)
        try session.signIn(TmuxSession.irfan)
        try session.type("2")
        let list = try session.waitForSettled(text: "(not available now)")
        let unavailable = list.filter { $0.contains("(not available now)") }
        // A file that is not JSON cannot give its title, so the kiosk names the file.
        let shownName = breakage.titleReadable ? broken.title : breakage.file
        #expect(unavailable.count == 1 && unavailable.first?.contains(shownName) == true, "\(unavailable)")
        #expect(TmuxSession.serviceKey(broken.title, on: list) == nil, "the broken service has no number: \(list.joined(separator: "\n"))")
        for journey in working {
            #expect(TmuxSession.serviceKey(journey.title, on: list) != nil, "\(journey.title) is still offered")
        }

        try session.press("Escape")
        try session.waitFor(text: "What would you like to do?")
        let tracking = try session.apply(working[0])
        let stored = try KioskRecords.applications(in: data)
        #expect(stored.map(\.tracking) == [tracking] && stored.first?.service == working[0].serviceID)
    }
}
