import BidiText
import IdentityCore
@testable import KioskApp
import Services
import Testing

/// The form's validation messages (written in English and Urdu by `Services`) in every language: each
/// has its catalog key, so Pashto and Roman Urdu readers get their own words, not Urdu or English.
@Suite struct FormMessageLanguageTests {
    static let messages: [LocalizedText] = [
        FormMessages.required, FormMessages.hiddenCharacters, FormMessages.dateFormat, FormMessages.dateDoesNotExist,
        FormMessages.notANumber, FormMessages.choose, FormMessages.district, FormMessages.yesNo, FormMessages.declaration,
        FormMessages.patternMismatch, FormMessages.unknownField, FormMessages.wrongService, FormMessages.wrongVersion,
        FormMessages.tooLong(40), FormMessages.tooShort(5), FormMessages.tooSmall(1), FormMessages.tooLarge(50),
        FormMessages.dateTooEarly(CalendarDate(year: 2021, month: 11, day: 25)!), FormMessages.dateTooLate(CalendarDate(year: 2026, month: 11, day: 25)!),
        FormMessages.dateInFuture, FreezeWording.citizenText(.tooManyPending(count: 500, limit: 400)),
    ]

    static func state(_ language: String) -> KioskState {
        Fixture.state(settings: LanguageSnapshotTests.settings(language))
    }

    @Test(arguments: messages)
    func everyMessageHasItsCatalogKey(_ message: LocalizedText) throws {
        let strings = Self.state("en").settings.strings
        let found = try #require(strings.key(matchingEnglish: message.en, prefixes: ["form.", "notice.paused.line"]), "no catalog key for \(message.en)")
        #expect(strings.text(found.key, in: "en", found.values) == message.en)
        if !message.en.contains("cannot be before"), !message.en.contains("cannot be after") {
            #expect(strings.text(found.key, in: "ur", found.values) == message.ur, "the catalog's Urdu is the definitions' Urdu")
        }
        for language in ["ps", "ur-Latn"] {
            let shown = Self.state(language).message(message)
            #expect(shown != message.en && shown != message.ur, "\(language) has its own words for \(message.en)")
        }
    }

    @Test func aPashtoTooLongMessageKeepsItsNumber() {
        let shown = Self.state("ps").message(FormMessages.tooLong(40))
        #expect(shown.contains("ډېر اوږد دی") && shown.contains("40"))
        #expect(Self.state("ur-Latn").message(FormMessages.tooLong(40)) == "Bohat lamba hai. Zyada se zyada 40 huroof likhein.")
        #expect(Self.state("en").message(FormMessages.required) == "Please fill this in.")
    }

    @Test func aTextThatIsNoMessageOfTheCatalogsShowsAsTheDefinitionsGiveIt() {
        let own = LocalizedText(en: "A CNIC looks like 17301-1234567-1.", ur: "شناختی کارڈ نمبر اس طرح ہوتا ہے: 17301-1234567-1")
        #expect(Self.state("ps").message(own) == own.ur)
        #expect(Self.state("ur-Latn").message(own) == own.en)
    }
}
