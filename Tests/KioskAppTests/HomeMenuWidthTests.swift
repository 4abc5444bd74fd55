import BidiText
@testable import KioskApp
import Screen
import Testing

/// The Home menu in every language: every entry whole (the Urdu "درخواست" once lost its last letter, ت,
/// because the menu was 28 columns and "  2   کسی سروس کے لیے درخواست" is 29).
@Suite struct HomeMenuWidthTests {
    static let languages = ["en", "ur", "ps", "ur-Latn"]

    @Test(arguments: languages, [(80, 24), (120, 40)])
    func everyEntryIsWholeOnItsRow(language: String, size: (Int, Int)) {
        let settings = LanguageSnapshotTests.settings(language)
        let state = Journey.home(width: size.0, height: size.1, settings: settings)
        #expect(state.language == language)
        let lines = Kiosk.view(state).lines
        for item in HomeMenuItem.allCases {
            let words = settings.strings.text(item.catalogKey, in: language)
            let shown = BidiText.visual(words, direction: .rightToLeftWhenPresent)
            let row = lines.first { $0.contains(shown) }
            #expect(row != nil, "menu item \(item.key) in \(language) at \(size.0)×\(size.1) is not whole: \(words)")
            if let row { #expect(row.contains("\(item.key)"), "its number is on the same row") }
        }
    }

    @Test func theMenuGrowsToItsLongestEntryAndNeverPastTheBody() {
        #expect(HomeView.menuWidth(["  1   short"], bodyWidth: 76) == 28)
        #expect(HomeView.menuWidth(["  2   " + String(repeating: "د", count: 23)], bodyWidth: 76) == 31)
        #expect(HomeView.menuWidth(["  2   " + String(repeating: "x", count: 100)], bodyWidth: 76) == 76)
    }
}
