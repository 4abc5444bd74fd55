import Foundation
import TestScheduling
import Testing

/// Issue 12's "every screen in every language at 80×24 and 120×40 in tmux": the real kiosk binary in a
/// real terminal, toured through every citizen screen (`LanguageTour`) in English, Urdu and Pashto
/// (chosen on Welcome with Tab) and Roman Urdu (the kiosk under TERM=linux), at both sizes; and through
/// the notices and the idle warning (`LanguageTour+Notices`).
@Suite("Every citizen screen in every language (tmux)", .serialized, .offCooperativePool)
struct LanguageTourTests {
    static let sizes = [(80, 24), (120, 40)]
    static let tours = TourLanguage.all.flatMap { language in sizes.map { TourCase(language: language, width: $0.0, height: $0.1) } }
    /// The notices tour's idle settings: the config's minimum timeout and warning (10 s, 3 s).
    static let idleTimeout = 10
    static let idleWarning = 3

    /// One language at one size.
    struct TourCase: Sendable, CustomTestStringConvertible {
        let language: TourLanguage
        let width: Int
        let height: Int
        var testDescription: String { "\(language) \(width)×\(height)" }
    }

    @Test("Welcome → PIN → Home → pass → apply (leave?, an error) → receipt → My applications → Change PIN (weak) → sign out", arguments: tours)
    func everyScreen(tour: TourCase) throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try Self.seeded(in: folder)

        let started = Date()
        let walk = try LanguageTour(tour.language, width: tour.width, height: tour.height, data: data)
        try walk.walk()
        let seconds = Date().timeIntervalSince(started)
        #expect(walk.visited.count >= 29, "every screen was seen: \(walk.visited)")
        print("⏱ language tour \(tour.testDescription): \(walk.visited.count) screens in \(String(format: "%.1f", seconds)) s")
    }

    @Test("Not found → no PIN yet → wrong PIN until locked → signed in, left alone: the idle warning → Welcome (en), wiped", arguments: tours)
    func notices(tour: TourCase) throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try Self.seeded(in: folder)
        let config = try Self.quickIdleConfig(in: folder)

        let started = Date()
        let walk = try LanguageTour(tour.language, width: tour.width, height: tour.height, data: data, config: config)
        try walk.notices(warningSeconds: Self.idleWarning)
        let seconds = Date().timeIntervalSince(started)
        #expect(walk.visited.count >= 20, "every notice was seen: \(walk.visited)")
        print("⏱ notices tour \(tour.testDescription): \(walk.visited.count) screens in \(String(format: "%.1f", seconds)) s")
    }

    /// `khyber-kiosk seed --citizens 5` into `folder/data`: the demo citizens and five synthetic ones (no PIN).
    static func seeded(in folder: URL) throws -> URL {
        let data = folder.appendingPathComponent("data")
        let seeded = try CLIRunner.run(["seed", "--citizens", "5", "--data", data.path])
        try #require(seeded.status == 0, "seed failed: \(seeded.stderr)")
        return data
    }

    /// KioskConfig/walk-in-kiosk.yaml with the idle timeout and warning at `idleTimeout` and `idleWarning`.
    static func quickIdleConfig(in folder: URL) throws -> URL {
        let shipped = try String(contentsOf: CLIRunner.repository.appendingPathComponent("KioskConfig/walk-in-kiosk.yaml"), encoding: .utf8)
        var replaced = 0
        let lines = shipped.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix("idle_timeout_seconds:") { replaced += 1; return "idle_timeout_seconds: \(idleTimeout)" }
            if line.hasPrefix("idle_warning_seconds:") { replaced += 1; return "idle_warning_seconds: \(idleWarning)" }
            return String(line)
        }
        try #require(replaced == 2, "walk-in-kiosk.yaml sets idle_timeout_seconds and idle_warning_seconds")
        let config = folder.appendingPathComponent("quick-idle-kiosk.yaml")
        try lines.joined(separator: "\n").write(to: config, atomically: true, encoding: .utf8)
        return config
    }
}
