import BidiText
import Foundation
@testable import KioskApp
import Screen
import Testing

/// The header in Urdu, Pashto and Roman Urdu: the connection badge in the catalog's words (not English), and the
/// centre's name in Urdu or Pashto script where the config gives one (shaped, right to left, flush right,
/// shortened by whole words), the English name on Roman Urdu screens and where none is configured.
@Suite struct HeaderLanguageTests {
    static let urduName = "پشاور سہولت مرکز"
    static let pashtoName = "د پېښور د اسانتیا مرکز"

    private func header(_ language: String, width: Int = 80, arabicScript: Bool = true, names: [String: String] = [:],
                        badge: ConnectionBadge = ConnectionBadge()) -> String {
        var settings = Fixture.settings
        settings.defaultLanguage = language
        settings.arabicScript = arabicScript
        settings.centreNames = names
        var state = Fixture.state(width: width, settings: settings)
        state.connection = badge
        return TestStore(state).frame.lines[0]
    }

    static let waiting = ConnectionBadge(link: .offline, pending: 3, oldestPending: Fixture.start.addingTimeInterval(-2 * 3600 - 60),
                                         lastSync: Fixture.start.addingTimeInterval(-3 * 3600))

    @Test(arguments: [
        ("ur", ["آف لائن", "بھیجنے ہیں", "پرانا", "گھنٹے", "رابطہ"]),
        ("ps", ["آفلاین", "لېږل پاتې", "زوړ", "ساعته", "اړیکه"]),
        ("ur-Latn", ["Offline", "3 bhejne hain", "purana 2 ghante", "raabta 11:05"]),
    ])
    func theBadgeSpeaksTheLanguage(_ language: String, _ words: [String]) {
        let line = header(language, width: 120, badge: Self.waiting)
        for word in words {
            #expect(line.contains(BidiText.visual(word)), "\(language): \(word) in \(line)")
        }
        for english in ["to send", "oldest", "synced", " h "] {
            #expect(!line.contains(english), "\(language): no English \(english) in \(line)")
        }
    }

    @Test(arguments: [("ur", urduName), ("ps", pashtoName)])
    func theConfiguredNameInItsOwnScriptStandsOnTheRight(_ language: String, _ name: String) {
        let line = header(language, names: ["ur": Self.urduName, "ps": Self.pashtoName])
        let trimmed = String(line.reversed().drop { $0 == " " }.reversed())
        #expect(trimmed.hasSuffix(BidiText.visual(name)), "\(language): shaped, right to left, flush right: \(line)")
        #expect(!line.contains("Peshawar"), "\(line)")
    }

    @Test func urduScreensShowTheEnglishNameWhenNoneIsConfigured() {
        let line = header("ur", names: ["ps": Self.pashtoName])
        #expect(line.contains("Peshawar Civic Centre"), "\(line)")
        #expect(!line.contains(BidiText.visual(Self.pashtoName)), "the Pashto name is for Pashto screens only: \(line)")
    }

    @Test func romanUrduShowsTheEnglishName() {
        let names = ["ur": Self.urduName, "ps": Self.pashtoName]
        let chosen = header("ur-Latn", names: names)
        #expect(chosen.hasPrefix(" Peshawar Civic Centre"), "\(chosen)")
        // An Urdu kiosk on the Linux console falls back to Roman Urdu, and so to the English name.
        let console = header("ur", arabicScript: false, names: names)
        #expect(console.hasPrefix(" Peshawar Civic Centre"), "\(console)")
        #expect(!console.contains(BidiText.visual(Self.urduName)), "\(console)")
    }

    @Test func aLongUrduNameLosesWholeWordsWithAnEllipsis() {
        let name = "پشاور سہولت مرکز برائے شہری خدمات اور شناختی دستاویزات حیات آباد"
        let line = header("ur", names: ["ur": name], badge: Self.waiting)
        let words = name.split(separator: " ").map(String.init)
        let shortened = (1..<words.count).map { words.prefix($0).joined(separator: " ") }
        #expect(shortened.contains { line.contains(BidiText.visual($0 + "…")) }, "cut after a whole word: \(line)")
        #expect(!line.contains(BidiText.visual("حیات آباد")), "\(line)")
        #expect(line.contains(BidiText.visual("پشاور")), "\(line)")
    }

    @Test func englishIsUnchanged() {
        let line = header("en", width: 120, names: ["ur": Self.urduName, "ps": Self.pashtoName], badge: Self.waiting)
        #expect(line.hasPrefix(" Peshawar Civic Centre"), "\(line)")
        #expect(line.hasSuffix("● Offline · 3 to send · oldest 2 h · synced 11:05 "), "\(line)")
    }
}
