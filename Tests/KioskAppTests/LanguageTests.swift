import BidiText
import Foundation
import IdentityCore
import KioskApp
import Screen
import Testing

/// The language chooser on Welcome, the session's language, and the Linux-console fallback.
@Suite struct LanguageTests {
    static func settings(language: String = "en", arabicScript: Bool = true) -> KioskSettings {
        var settings = Fixture.settings
        settings.defaultLanguage = language
        settings.arabicScript = arabicScript
        return settings
    }

    @Test func tabOnWelcomeGoesRoundTheLanguagesEachInItsOwnScript() {
        var store = TestStore(Fixture.state())
        #expect(store.frame.text.contains("English") && store.frame.text.contains("اردو".visualForTest))
        store.send(.key(.tab), expecting: []) { $0.sessionLanguage = "ur" }
        #expect(store.state.language == "ur" && store.state.isRightToLeft)
        #expect(store.frame.text.contains("خیبر پاس".visualForTest), "the Welcome title in Urdu")
        store.send(.key(.tab), expecting: []) { $0.sessionLanguage = "ps" }
        #expect(store.frame.text.contains("خپل د شناختي کارت شمېره ولیکئ".visualForTest), "the instruction in Pashto")
        store.send(.key(.tab), expecting: []) { $0.sessionLanguage = "en" }
        #expect(store.frame.text.contains("Type your CNIC number"))
    }

    @Test func theConfiguredDefaultIsWhereASessionStarts() {
        let state = Fixture.state(settings: Self.settings(language: "ps"))
        #expect(state.language == "ps")
        #expect(Kiosk.view(state).text.contains("خیبر پاس".visualForTest))
    }

    @Test func theChoiceEndsWithSignOut() {
        var state = Journey.reach(Fixture.state(), by: [.key(.tab)], expecting: [])
        #expect(state.language == "ur")
        state = Journey.reach(state, by: Fixture.typing(Fixture.cnic.digits) + [.key(.enter)], expecting: [.lookUpCitizen(Fixture.cnic)])
        state = Journey.reach(state, by: [.citizenFound(Fixture.citizen, hasPIN: true)] + Fixture.typing("1234") + [.key(.enter), .pinChecked(.accepted)],
                              expecting: [.checkPIN(Fixture.cnic, pin: "1234")])
        #expect(state.language == "ur", "the choice lasts through the session")
        #expect(Kiosk.view(state).text.contains("میرا خیبر پاس".visualForTest), "Home in Urdu")
        state = Journey.reach(state, by: [.key(.character("0"))], expecting: [.wipeScreen])
        #expect(state.sessionLanguage == nil && state.language == "en", "signing out ends the choice")
        #expect(Kiosk.view(state).text.contains("Type your CNIC number"))
    }

    @Test func theChoiceEndsWithTheIdleTimeout() {
        var state = Journey.reach(Journey.home(), by: [.key(.tab)], expecting: [])
        #expect(state.language == "en", "Tab chooses a language only on Welcome")
        state = Journey.reach(Fixture.state(), by: [.key(.tab), .key(.tab)] + Fixture.typing("1730"), expecting: [])
        #expect(state.language == "ps")
        state = Journey.reach(state, by: [.tick(Fixture.start.addingTimeInterval(61)), .tick(Fixture.start.addingTimeInterval(72))], expecting: [.wipeScreen])
        #expect(state.sessionLanguage == nil && state.language == "en", "the idle timeout ends the choice")
    }

    @Test func aLanguageChosenAndLeftOnWelcomeTimesOutToo() {
        var state = Journey.reach(Fixture.state(), by: [.key(.tab)], expecting: [])
        state = Journey.reach(state, by: [.tick(Fixture.start.addingTimeInterval(61))], expecting: [])
        #expect(state.idleSecondsLeft != nil, "the next person must not inherit the choice: the idle warning shows")
        state = Journey.reach(state, by: [.tick(Fixture.start.addingTimeInterval(72))], expecting: [.wipeScreen])
        #expect(state.language == "en")
    }

    @Test func aNoticeThatEndsASessionStillSpeaksItsLanguage() {
        let state = Journey.reach(Fixture.state(), by: [.key(.tab)] + Fixture.typing(Fixture.cnic.digits) + [.key(.enter), .citizenNotFound(Fixture.cnic)],
                                  expecting: [.lookUpCitizen(Fixture.cnic)])
        #expect(state.language == "ur")
        let back = Journey.reach(state, by: [.key(.enter)], expecting: [])
        #expect(back.language == "en", "leaving the notice ends it")
    }

    @Test func aPINLockNoticeSpeaksTheChoiceAndEnterEndsIt() {
        var state = Journey.reach(Fixture.state(), by: [.key(.tab)] + Fixture.typing(Fixture.cnic.digits) + [.key(.enter)], expecting: [.lookUpCitizen(Fixture.cnic)])
        let until = Fixture.start.addingTimeInterval(900)
        state = Journey.reach(state, by: [.citizenFound(Fixture.citizen, hasPIN: true)] + Fixture.typing("1234") + [.key(.enter), .pinChecked(.locked(until: until))],
                              expecting: [.checkPIN(Fixture.cnic, pin: "1234"), .wipeScreen])
        #expect(state.citizen == nil && state.language == "ur", "the session is over; its notice still speaks Urdu")
        #expect(Kiosk.view(state).text.contains("پن بند ہو گیا".visualForTest))
        state = Journey.reach(state, by: [.key(.enter)], expecting: [])
        #expect(state.sessionLanguage == nil && state.language == "en")
        #expect(Kiosk.view(state).text.contains("Type your CNIC number"))
    }

    @Test func theIdleTimeoutDeepInAFormEndsTheChoice() {
        var state = Journey.domicile(steps: 2)
        state.sessionLanguage = "ps"
        #expect(state.language == "ps" && Kiosk.view(state).text.contains("پړاو".visualForTest), "the form in Pashto (پړاو: step)")
        state = Journey.reach(state, by: [.tick(Fixture.start.addingTimeInterval(61)), .tick(Fixture.start.addingTimeInterval(72))], expecting: [.wipeScreen])
        #expect(state.citizen == nil && state.sessionLanguage == nil && state.language == "en", "the next person starts in the default")
        #expect(Kiosk.view(state).text.contains("Type your CNIC number"))
    }

    @Test func theLinuxConsoleShowsRomanUrduAndSaysSo() {
        let settings = Self.settings(language: "ur", arabicScript: false)
        var store = TestStore(Fixture.state(settings: settings))
        #expect(store.state.language == "ur-Latn")
        #expect(store.state.languageChoices == ["en", "ur-Latn"])
        let text = store.frame.text
        #expect(text.contains("Apna shanakhti card number likhein"))
        #expect(text.contains("English") && text.contains("Roman Urdu"))
        #expect(text.contains("cannot show Urdu or Pashto letters") || text.contains("Urdu ya Pashto huroof nahin dikha sakti"))
        #expect(!text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) || (0xFB50...0xFEFF).contains($0.value) },
                "no Arabic script reaches the console")
        store.send(.key(.tab), expecting: []) { $0.sessionLanguage = "en" }
        store.send(.key(.tab), expecting: []) { $0.sessionLanguage = "ur-Latn" }
    }

    @Test func theCitizensUrduNameIsShapedAndRightToLeftOnEnglishScreens() {
        let name = "عائشہ خان"
        let shaped = name.visualForTest
        // خان shaped: isolated noon (alef never joins on), final alef, initial khah — left to right as drawn.
        #expect(shaped.hasPrefix("\u{FEE5}\u{FE8E}\u{FEA7} "), "\(shaped.unicodeScalars.map { String($0.value, radix: 16) })")
        let home = Kiosk.view(Journey.home()).text
        #expect(home.contains(shaped), "\(name) shaped and reordered:\n\(home)")
        #expect(!home.contains(name), "never in logical order with isolated letters")
        #expect(Kiosk.view(Journey.myPass()).text.contains(shaped))
        #expect(!Kiosk.view(Journey.home(settings: Fixture.asciiSettings)).text.contains(shaped), "no Arabic script in ASCII mode")
    }

    @Test func numbersAndCNICsStayLeftToRightOnUrduScreens() {
        let state = Journey.reach(Fixture.state(), by: [.key(.tab)], expecting: [])
        let home = Journey.reach(
            Journey.reach(state, by: Fixture.typing(Fixture.cnic.digits) + [.key(.enter)], expecting: [.lookUpCitizen(Fixture.cnic)]),
            by: [.citizenFound(Fixture.citizen, hasPIN: true)] + Fixture.typing("1234") + [.key(.enter), .pinChecked(.accepted)],
            expecting: [.checkPIN(Fixture.cnic, pin: "1234")])
        let text = Kiosk.view(home).text
        #expect(text.contains("17301-•••••67-1"))
        let pass = Journey.reach(home, by: [.key(.character("1")), .passLoaded(text: Fixture.passText, validUntil: Fixture.validUntil)], expecting: [.loadPass(Fixture.cnic)])
        // 25 نومبر 2031: the month in Urdu, the day and the year digits left to right (right to left the day is read first).
        #expect(Kiosk.view(pass).text.contains("2031 " + "نومبر".visualForTest + " 25"))
    }
}

extension String {
    /// This text as the kiosk draws it (shaped, visual order), to look for it on a frame.
    var visualForTest: String { BidiText.visual(self) }
}
