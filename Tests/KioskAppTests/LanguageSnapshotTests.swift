import Foundation
import KioskApp
import Screen
import Testing

/// Every citizen screen as text at 80×24 and 120×40 in every language, as it reaches the terminal:
/// Urdu and Pashto already shaped and in visual order. `ur-Latn` is Urdu on a terminal without Arabic
/// script. English screens that `SnapshotTests` and `WizardSnapshotTests` already hold are not repeated.
@Suite struct LanguageSnapshotTests {
    static let languages = ["en", "ur", "ps", "ur-Latn"]
    static let sizes = [(80, 24), (120, 40)]

    static func settings(_ language: String) -> KioskSettings {
        var settings = ServiceFixture.settings
        settings.defaultLanguage = language == "ur-Latn" ? "ur" : language
        settings.arabicScript = language != "ur-Latn"
        return settings
    }

    /// Every citizen screen (the operator's prompt is the operator's), by name, at a size, in a language.
    static func screens(width: Int, height: Int, language: String) -> [(String, KioskState)] {
        let settings = Self.settings(language)
        let changing = Journey.reach(Journey.home(width: width, height: height, settings: settings), by: [.key(.character("4"))], expecting: [])
        let weak = Journey.reach(changing, by: Fixture.typing("1357") + [.key(.enter)] + Fixture.typing("0000") + [.key(.enter)], expecting: [])
        let citizen = SnapshotTests.screens(width: width, height: height, settings: settings)
        let wizard = WizardSnapshotTests.screens(width: width, height: height, settings: settings).map { ("wizard-" + $0.0, $0.1) }
        return citizen + wizard + [("change-pin", Journey.reach(changing, by: Fixture.typing("13"), expecting: [])), ("change-pin-weak", weak)]
    }

    static let names = screens(width: 80, height: 24, language: "ur").map(\.0)

    /// English screens another suite already keeps.
    static func coveredElsewhere(_ language: String, _ width: Int, _ name: String) -> Bool {
        guard language == "en" else { return false }
        let plain = SnapshotTests.unicodeNames.contains(name)
        return plain || (width == 80 && name.hasPrefix("wizard-"))
    }

    @Test(arguments: languages, names)
    func atBothSizes(language: String, screen: String) throws {
        for (width, height) in Self.sizes where !Self.coveredElsewhere(language, width, screen) {
            let state = try #require(Self.screens(width: width, height: height, language: language).first { $0.0 == screen }?.1)
            #expect(state.language == language)
            let frame = Kiosk.view(state)
            #expect(frame.size == TerminalSize(width: width, height: height))
            #expect(frame.lines.allSatisfy { DisplayWidth.of($0) == width }, "every row is exactly \(width) columns")
            #expect(!frame.text.contains("\u{FEFF}"), "no lam-alef filler reaches the terminal")
            Snapshot.expect(frame, matches: "\(width)x\(height)-\(language)-\(screen)")
        }
    }

    @Test(arguments: languages)
    func noKeyShowsThroughAsItself(language: String) throws {
        let keys = try #require(Self.settings(language).strings.reference).texts.keys
        for (name, state) in Self.screens(width: 80, height: 24, language: language) {
            let text = Kiosk.view(state).text
            for key in keys where text.contains(key) {
                Issue.record("\(name) in \(language) shows the catalog key \(key)")
            }
        }
    }

    /// On an Urdu or Pashto screen no English word of the kiosk's own is left (the centre's name, key
    /// names such as Enter and Esc, and Latin data such as tracking numbers aside).
    @Test(arguments: ["ur", "ps"], names)
    func noEnglishWordsOnRightToLeftScreens(language: String, screen: String) throws {
        let state = try #require(Self.screens(width: 80, height: 24, language: language).first { $0.0 == screen }?.1)
        let lines = Kiosk.view(state).lines.dropFirst()  // the header holds the centre's English name
        // Key names, the chooser's "English", and the fixtures' own data: names, a typed address, the
        // operator's small print and two reasons the fixtures give in English only.
        let allowed: Set<String> = ["Enter", "Esc", "Backspace", "Tab", "English", "Ayesha", "Imran", "Khan", "House", "Street", "Hayatabad", "Peshawar", "City", "Ci"]
        let data = ["database is locked", "You must be 18 or older", "This form was changed"]
        for line in lines where !data.contains(where: line.contains) {
            let words = line.split { !$0.isLetter || !$0.isASCII }.map(String.init).filter { $0.count > 1 }
            let english = words.filter { !allowed.contains($0) && $0.allSatisfy(\.isASCII) && !$0.allSatisfy(\.isUppercase) }  // codes: KP-PSH, KPPSH001
            #expect(english.isEmpty, "\(screen) in \(language) still shows English: \(english) in \(line)")
        }
    }

    /// Dates, CNICs and mobile numbers read left to right on Urdu and Pashto screens, also where a
    /// step writes them after a label ("Label: 1990-05-21"): once they showed as 21-05-1990,
    /// 1-67•••••-17301 and 1234567-0300 there (found by the tmux language tour).
    @Test(arguments: ["ur", "ps"])
    func dashedDataStaysLeftToRight(language: String) throws {
        let reversed = [#/\b\d{2}-\d{2}-\d{4}\b/#, #/\b\d-\d{2}•{5}-\d{5}\b/#, #/\b\d{7}-0\d{3}\b/#]
        for (name, state) in Self.screens(width: 80, height: 24, language: language) {
            let text = Kiosk.view(state).text
            for pattern in reversed where text.contains(pattern) {
                Issue.record("\(name) in \(language) shows data right to left: \(text)")
            }
        }
    }
}
