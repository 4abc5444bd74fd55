import BidiText
import Foundation
import KioskApp
import Screen
import Testing

/// The desk's own chrome in Urdu, Pashto and Roman Urdu: who is signed in (row 2) and the trust and clock
/// warnings on the status line come from the catalogs (`desk.signedIn`, `desk.role.*`, `desk.trust.*`), flush
/// right in a right-to-left language; English reads as before; the exit prompt speaks the language too.
@Suite struct DeskChromeLanguageTests {
    static func inLanguage(_ state: KioskState, _ language: String) -> KioskState { state.speaking(language) }

    static func lines(_ state: KioskState) -> [String] { TestStore(state).frame.lines }

    @Test(arguments: [
        ("ur", ["سائن اِن:", "آپریٹر"]), ("ps", ["ننوتی:", "اپرېټر"]), ("ur-Latn", ["Sign in: OP-0042 Amina Bibi (operator)"]),
    ])
    func whoIsSignedInSpeaksTheLanguage(_ language: String, _ words: [String]) {
        let row = Self.lines(Self.inLanguage(DeskFixture.menu(), language))[2]
        for word in words { #expect(row.contains(BidiText.visual(word)), "\(language): \(word) in \(row)") }
        #expect(row.contains("OP-0042") && row.contains("Amina Bibi"), "the id and name as they are: \(row)")
        #expect(!row.contains("Signed in"), "\(row)")
        if language != "ur-Latn" {
            #expect(row.hasPrefix(String(repeating: " ", count: 20)), "flush right: \(row)")
        }
    }

    @Test func aSupervisorInPashto() {
        let row = Self.lines(Self.inLanguage(DeskFixture.menu(DeskFixture.supervisor), "ps"))[2]
        #expect(row.contains(BidiText.visual("څارونکی")), "\(row)")
        #expect(!row.contains("supervisor"), "\(row)")
    }

    @Test func englishSignedInIsUnchanged() {
        #expect(Self.lines(DeskFixture.menu())[2].hasPrefix(" Signed in: OP-0042 Amina Bibi (operator)"))
    }

    static func statusLine(_ warning: TrustWarning, _ language: String) -> String {
        var state = Self.inLanguage(DeskFixture.menu(), language)
        state.connection.trustWarnings = [warning]
        let lines = Self.lines(state)
        return lines[lines.count - 2]
    }

    static let inFiveDays = TrustWarning.expiringSoon(expiresAt: Fixture.start.addingTimeInterval(5 * 86_400 - 60))

    @Test(arguments: [
        ("ur", ["ٹرسٹ لسٹ کی میعاد", "دن میں ختم ہوگی", "نومبر", "صوبے سے کہیں"]),
        ("ps", ["د باور لېست موده", "ورځو کې پای ته رسېږي", "نومبر", "له ولایت نه وغواړئ"]),
        ("ur-Latn", ["Trust list ki miyaad 5 din mein khatam hogi (30 Nov 2026): soobe se kahein"]),
    ])
    func anExpiringTrustListSpeaksTheLanguage(_ language: String, _ words: [String]) {
        let line = Self.statusLine(Self.inFiveDays, language)
        for word in words { #expect(line.contains(BidiText.visual(word)), "\(language): \(word) in \(line)") }
        #expect(line.contains("5") && line.contains("2026"), "digits left to right: \(line)")
        #expect(!line.contains("expires") && !line.contains("province"), "\(line)")
    }

    @Test func theClockAndAnExpiredListInUrdu() {
        let clock = Self.statusLine(.clockOff(seconds: -7 * 60), "ur")
        #expect(clock.contains(BidiText.visual("گھڑی")) && clock.contains(BidiText.visual("منٹ")), "\(clock)")
        #expect(clock.contains(BidiText.visual("مرکز سے پیچھے")), "\(clock)")
        #expect(!clock.contains("Clock") && !clock.contains("min"), "\(clock)")
        let expired = Self.statusLine(.expired(since: Fixture.start.addingTimeInterval(-2 * 86_400)), "ur")
        #expect(expired.contains(BidiText.visual("سے ختم ہے")) && expired.contains("2026"), "\(expired)")
        #expect(!expired.contains("EXPIRED"), "\(expired)")
    }

    @Test func englishWarningsAreUnchanged() {
        #expect(Self.statusLine(Self.inFiveDays, "en").hasPrefix(" Trust list expires in 5 days (30 Nov 2026): ask the province"))
        #expect(Self.statusLine(.clockOff(seconds: 7 * 60), "en").hasPrefix(" Clock off by 7 min (ahead of the central): set the time"))
        #expect(Self.statusLine(.noBundle, "en").hasPrefix(" No trust list yet: passes cannot be checked until the first sync"))
    }

    /// The exit prompt (Ctrl-X Ctrl-Q) is the operator's too: its title, heading, password line, legend and
    /// the trust warnings in it speak the screen's language.
    @Test(arguments: [
        ("ur", ["آپریٹر", "کیوسک بند کریں", "پاس ورڈ:", "ٹرسٹ لسٹ", "منسوخ"]),
        ("ps", ["اپرېټر", "کیوسک بند کړئ", "پټنوم:", "باور لېست", "لغوه"]),
        ("ur-Latn", ["Kiosk band karein", "Password: ●●", "Trust list ki miyaad", "mansookh"]),
    ])
    func theExitPromptSpeaksTheScreensLanguage(_ language: String, _ words: [String]) {
        var home = Self.inLanguage(Journey.home(), language)
        home.connection.trustWarnings = [Self.inFiveDays]
        let typed = Journey.reach(OperatorExitTests.prompt(from: home), by: Fixture.typing("ab"), expecting: [])
        let text = TestStore(typed).frame.text
        for word in words {
            let shown = language == "ur-Latn" ? word : BidiText.visual(word)
            #expect(text.contains(shown), "\(language): \(word) in \(text)")
        }
        #expect(!text.contains("Close the kiosk") && !text.contains("Trust list expires"), "\(text)")
    }

    @Test func outboxAgesInUrdu() {
        let text = Kiosk.view(Self.inLanguage(OutboxScreenTests.outbox(), "ur")).text
        #expect(text.contains(BidiText.visual("گھنٹے")), "\(text)")
        #expect(!text.contains("2 h"), "\(text)")
    }
}
