import BidiText
import Foundation
import KioskApp
import Screen
import Testing

/// The desk's sign-in, menu and USB screens in every shipped language (the catalogs' `desk.*` keys): the words
/// of the language on screen, Urdu and Pashto shaped and in visual order, English as before.
@Suite struct DeskLanguageTests {
    static func signIn(_ language: String) -> KioskState {
        var settings = DeskFixture.settings
        settings.defaultLanguage = language
        settings.arabicScript = true
        settings.glyphMode = .unicode
        return DeskFixture.start(settings: settings)
    }

    @Test(arguments: [
        ("en", "Operator sign-in", "Operator id: "), ("ur", "آپریٹر سائن اِن", "آپریٹر آئی ڈی: "),
        ("ps", "د اپرېټر ننوتل", "د اپرېټر پېژند: "), ("ur-Latn", "Operator sign-in", "Operator ID: "),
    ])
    func signInSpeaksTheLanguage(_ language: String, _ title: String, _ label: String) {
        let state = Self.signIn(language)
        let text = Kiosk.view(state).text
        #expect(text.contains(BidiText.visual(title)), "\(language):\n\(text)")
        #expect(text.contains(BidiText.visual("> " + label + "_").trimmingCharacters(in: .whitespaces)), "\(language):\n\(text)")
    }

    @Test func aShortPasswordIsRefusedInPashto() {
        var state = Self.signIn("ps")
        var setting = SetPasswordScreen(account: DeskFixture.clerk, code: "123456")
        setting.note = .tooShort
        state.screen = .desk(.setPassword(setting))
        #expect(Kiosk.view(state).text.contains(BidiText.visual("پټنوم لږ تر لږه 8 توري ته اړتیا لري.")), "\(Kiosk.view(state).text)")
    }

    @Test func findACitizenInUrdu() {
        let state = DeskFixture.menu().speaking("ur")
        let find = Journey.reach(state, by: [.key(.character("1")), .key(.tab)] + Fixture.typing("0300-1234567") + [.key(.enter),
                                 .desk(.matchesFound([]))], expecting: [.desk(.findByMobile("0300-1234567"))])
        let text = Kiosk.view(find).text
        #expect(text.contains(BidiText.visual("شہری تلاش کریں")), "\(text)")
        #expect(text.contains(BidiText.visual("کوئی شہری نہیں ملا۔")), "\(text)")
    }

    @Test func theOutboxInPashto() {
        let state = OutboxScreenTests.outbox().speaking("ps")
        let text = Kiosk.view(state).text
        #expect(text.contains(BidiText.visual("اوټ باکس او همغږي")), "\(text)")
        #expect(text.contains(BidiText.visual("آفلاین: مرکز ځواب ورنه کړ.")), "\(text)")
    }

    @Test func theCitizenChoosesAPINInUrdu() {
        var state = DeskFixture.checkedRecord()
        state.settings.defaultLanguage = "ur"
        state.settings.arabicScript = true
        state.settings.glyphMode = .unicode
        let entry = Journey.reach(state, by: [.key(.character("2"))], expecting: [])
        let text = Kiosk.view(entry).text
        #expect(text.contains(BidiText.visual("پہلا پن بنائیں")), "\(text)")
        #expect(text.contains(BidiText.visual("شہری: کی پیڈ پر نیا 4 ہندسوں کا پن لکھیں، پھر Enter")), "\(text)")
    }
}
