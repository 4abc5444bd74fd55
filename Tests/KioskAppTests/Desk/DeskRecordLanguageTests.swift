import BidiText
import KioskApp
import Testing

/// The citizen's record, the supervisor's co-sign and the issued pass in Urdu and Pashto (`desk.record.*`,
/// `desk.coSign.*`, `desk.pass.*`): the catalog's words, shaped, and none of the kiosk's own English.
@Suite struct DeskRecordLanguageTests {
    static func speaking(_ language: String, _ state: KioskState) -> KioskState { state.speaking(language) }

    static let english = ["Press a number", "Card:", "PIN:", "Pass:", "Reset PIN", "Revoke", "Supervisor", "Password",
                          "co-sign", "Pass issued", "Valid until", "Serial", "back to the record", "cannot be shown", "born", "mobile"]

    static func check(_ text: String, shows expected: [String], _ language: String) {
        for words in expected { #expect(text.contains(BidiText.visual(words)), "\(language): \(words)\n\(text)") }
        for words in english { #expect(!text.contains(words), "\(language) shows English \"\(words)\":\n\(text)") }
    }

    @Test(arguments: [
        ("ur", ["پن: غلط کوششوں کے بعد بند۔", "کارڈ: دیکھ لیا۔", "نمبر دبائیں", "دختر"]),
        ("ps", ["پن: د غلطو هڅو وروسته بند.", "کارت: وکتل شو.", "یوه شمېره کېکاږئ", "لور د"]),
    ])
    func theRecord(_ language: String, _ expected: [String]) {
        let state = Self.speaking(language, DeskFixture.checkedRecord(DeskFixture.lockedRecord))
        Self.check(Kiosk.view(state).text, shows: expected, language)
    }

    @Test(arguments: [
        ("ur", ["سپروائزر کے مشترکہ دستخط", "سپروائزر آئی ڈی:", "دستخط کریں"]),
        ("ps", ["د څارونکي ګډ لاسلیک", "د څارونکي پېژند:", "لاسلیک"]),
    ])
    func theCoSign(_ language: String, _ expected: [String]) {
        let state = Self.speaking(language, PINResetTests.coSign())
        Self.check(Kiosk.view(state).text, shows: expected, language)
    }

    @Test(arguments: [("ur", ["پاس جاری ہو گیا", "ریکارڈ پر واپس"]), ("ps", ["پاس ورکړل شو", "ریکارډ ته شاته"])])
    func theIssuedPass(_ language: String, _ expected: [String]) {
        var state = Self.speaking(language, DeskFixture.checkedRecord())
        state.screen = .desk(.issuedPass(IssuedPassScreen(record: DeskFixture.record, pass: DeskFixture.pass)))
        Self.check(Kiosk.view(state).text, shows: expected, language)
    }
}
