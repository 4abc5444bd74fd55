import Testing
@testable import Services

@Suite("Answer cleaner")
struct AnswerCleanerTests {
    private func field(_ id: String, in service: ServiceDefinition = Fixture.character) -> FieldDefinition {
        service.fields.first { $0.id == id }!
    }

    static let pasted: [String] = [
        "Gulbahar\u{1B}[2J",
        "\u{1B}[1;31mGulbahar\u{1B}[0m",
        "Gul\u{7}bahar\u{0}",
        "Gulbahar\u{1B}]52;c;ZWNobyBwd25lZA==\u{7}",
        "Gul\u{9B}2Jbahar",
        "\u{202E}Gulbahar",
        "  Gul \t\n bahar  ",
    ]

    @Test(arguments: pasted) func controlCharactersAndEscapesNeverSurvive(raw: String) {
        let cleaned = AnswerCleaner.clean(raw, for: field("policeStation"))
        #expect(!cleaned.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) })
        #expect(!cleaned.contains("\u{1B}"))
        #expect(cleaned == "Gulbahar" || cleaned == "Gul bahar", "\(cleaned)")
        let draft = Fixture.draft(Fixture.character, ["policeStation": cleaned])
        #expect(FormValidator.error(for: field("policeStation"), answer: cleaned, draft: draft, service: Fixture.character, today: Fixture.today) == nil)
    }

    @Test func hiddenCharactersAreNoticedSoTheFormCanSaySo() {
        #expect(AnswerCleaner.hadHiddenCharacters("Gulbahar\u{1B}[2J"))
        #expect(AnswerCleaner.hadHiddenCharacters("a\u{202E}b"))
        #expect(!AnswerCleaner.hadHiddenCharacters("  Gul bahar\n"))
        #expect(!AnswerCleaner.hadHiddenCharacters("گلبہار"))
    }

    @Test func urduDigitsInDatesAndNumbers() {
        #expect(AnswerCleaner.clean("۲۰۲۶-۰۱-۱۵", for: field("residentFrom")) == "2026-01-15")
        #expect(AnswerCleaner.clean(" YES ", for: field("goingAbroad")) == "yes")
    }

    @Test func overLengthIsNotCutSilently() {
        let long = String(repeating: "x", count: 70)
        #expect(AnswerCleaner.clean(long, for: field("policeStation")).count == 70)
    }

    @Test func urduTextIsKept() {
        #expect(AnswerCleaner.clean("  تھانہ   گلبہار ", for: field("policeStation")) == "تھانہ گلبہار")
    }
}
