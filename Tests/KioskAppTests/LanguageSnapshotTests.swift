import Foundation
import KioskApp
import Screen
import Testing

/// The citizen's screens as text at 80×24 in every language, as they reach the terminal: Urdu and
/// Pashto already shaped and in visual order. `ur-Latn` is Urdu on a terminal without Arabic script.
@Suite struct LanguageSnapshotTests {
    static let languages = ["ur", "ps", "ur-Latn"]
    static let screenNames = [
        "welcome", "welcome-typing", "pin", "pin-wrong", "home", "my-pass", "my-pass-preparing", "idle-warning",
        "notice-not-found", "notice-no-pin", "notice-locked", "notice-failure",
    ]

    static func settings(_ language: String) -> KioskSettings {
        var settings = Fixture.settings
        settings.defaultLanguage = language == "ur-Latn" ? "ur" : language
        settings.arabicScript = language != "ur-Latn"
        return settings
    }

    @Test(arguments: languages, screenNames)
    func at80x24(language: String, screen: String) throws {
        let state = try #require(SnapshotTests.screens(width: 80, height: 24, settings: Self.settings(language)).first { $0.0 == screen }?.1)
        #expect(state.language == language)
        let frame = Kiosk.view(state)
        #expect(frame.lines.allSatisfy { DisplayWidth.of($0) == 80 }, "every row is exactly 80 columns")
        #expect(!frame.text.contains("\u{FEFF}"), "no lam-alef filler reaches the terminal")
        Snapshot.expect(frame, matches: "80x24-\(language)-\(screen)")
    }

    @Test(arguments: languages)
    func noKeyShowsThroughAsItself(language: String) {
        for (name, state) in SnapshotTests.screens(width: 80, height: 24, settings: Self.settings(language)) {
            let text = Kiosk.view(state).text
            for key in ["welcome.", "pin.", "home.", "pass.", "idle.", "notice."] {
                #expect(!text.contains(key), "\(name) in \(language) shows a catalog key")
            }
        }
    }
}
