import Foundation
import IdentityCore
import Testing
@testable import Services

/// Each thing the checker must catch, one broken definition at a time.
@Suite("Service definition checker")
struct CheckerTests {
    private func problems(_ json: String, file: String = MinimalDefinition.file) -> [String] {
        ServiceChecker.check(data: Data(json.utf8), file: file).problems.map(\.description)
    }

    /// Exactly one problem whose text contains every fragment.
    private func expectProblem(_ json: String, _ fragments: String..., file: String = MinimalDefinition.file, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = problems(json, file: file)
        #expect(found.contains { line in fragments.allSatisfy(line.contains) }, "\(found)", sourceLocation: sourceLocation)
    }

    @Test func minimalDefinitionIsClean() throws {
        let result = ServiceChecker.check(data: Data(MinimalDefinition.json.utf8), file: MinimalDefinition.file)
        #expect(result.problems.isEmpty, "\(result.problems)")
        let definition = try #require(result.definition)
        #expect(definition.fields.count == 7)
    }

    @Test func invalidJSONGivesLineAndColumn() {
        let broken = MinimalDefinition.replacing(#""version": 1,"#, with: #""version": ,"#)
        let found = problems(broken)
        #expect(found.count == 1)
        #expect(found[0].hasPrefix("sehat-card.json: not valid JSON: line 4, column"), "\(found)")
    }

    @Test func unknownKeyWithSuggestion() {
        expectProblem(MinimalDefinition.replacing(#""maximumLength": 80"#, with: #""maxLength": 80"#),
                      "field 'fullName'", "unknown key 'maxLength'", "did you mean 'maximumLength'")
        expectProblem(MinimalDefinition.replacing(#""amount": 0,"#, with: #""amount": 0, "currency": "PKR","#), "fee: unknown key 'currency'")
    }

    @Test func wrongFormatNumber() {
        expectProblem(MinimalDefinition.replacing(#""format": 1"#, with: #""format": 2"#), "format 2 is not known")
    }

    @Test func missingServiceID() {
        expectProblem(MinimalDefinition.replacing(#""id": "sehat-card","#, with: ""), "missing key 'id'")
    }

    @Test func serviceIDNotMatchingFileName() {
        expectProblem(MinimalDefinition.json, "does not match the file name", file: "sehat.json")
    }

    @Test func duplicateFieldIDsAcrossSteps() {
        expectProblem(MinimalDefinition.replacing(#""id": "since""#, with: #""id": "members""#), "field 'members'", "used twice")
    }

    @Test func duplicateStepIDs() {
        expectProblem(MinimalDefinition.replacing(#""id": "choices""#, with: #""id": "about""#), "step id 'about' is used twice")
    }

    @Test func missingFieldID() {
        expectProblem(MinimalDefinition.replacing(#""id": "members", "#, with: ""), "field 'steps[0].fields[2]'", "missing key 'id'")
    }

    @Test func unknownFieldKind() {
        expectProblem(MinimalDefinition.replacing(#""kind": "number""#, with: #""kind": "photo""#),
                      "field 'members'", "unknown value 'photo'", "text, number, date")
    }

    @Test func choiceWithoutOptions() {
        let json = MinimalDefinition.json.replacingOccurrences(
            of: #""options": [\s\S]*?\]\},"#, with: #""options": []},"#, options: .regularExpression)
        expectProblem(json, "field 'plan'", "a choice field needs options")
    }

    @Test func duplicateOptionValues() {
        expectProblem(MinimalDefinition.replacing(#"{"value": "family""#, with: #"{"value": "basic""#), "field 'plan'", "'basic' is used twice")
    }

    @Test func prefillOnAKindThatCannotHoldIt() {
        expectProblem(MinimalDefinition.replacing(#""kind": "number", "required": true,"#, with: #""kind": "number", "required": true, "prefill": "dateOfBirth","#),
                      "field 'members'", "prefill 'dateOfBirth' cannot fill a number field")
        expectProblem(MinimalDefinition.replacing(#""prefill": "name""#, with: #""prefill": "postcode""#), "field 'fullName'", "unknown value 'postcode'")
    }

    @Test func invalidRegexPattern() {
        expectProblem(MinimalDefinition.replacing(#""maximumLength": 80"#, with: ##""maximumLength": 80, "pattern": "[A-Z""##),
                      "field 'fullName'", "not a valid regular expression")
    }

    @Test func minimumAboveMaximum() {
        expectProblem(MinimalDefinition.replacing(#""minimum": 1, "maximum": 20"#, with: #""minimum": 30, "maximum": 20"#),
                      "field 'members'", "minimum (30) is more than maximum (20)")
        expectProblem(MinimalDefinition.replacing(#""maximumLength": 80"#, with: #""minimumLength": 90, "maximumLength": 80"#),
                      "field 'fullName'", "minimumLength (90) is more than maximumLength (80)")
        expectProblem(MinimalDefinition.replacing(#""notBefore": "-10y", "notAfter": "today""#, with: #""notBefore": "+1d", "notAfter": "today""#),
                      "field 'since'", "notBefore (+1d) is after notAfter (today)")
    }

    @Test func maximumLengthBelowOne() {
        expectProblem(MinimalDefinition.replacing(#""maximumLength": 80"#, with: #""maximumLength": 0"#), "field 'fullName'", "maximumLength must be 1 or more")
    }

    @Test(arguments: ["-18", "18y", "yesterday", "-18w", "+-3m", "2025-02-30"])
    func badRelativeDateSyntax(bound: String) {
        expectProblem(MinimalDefinition.replacing(#""notBefore": "-10y""#, with: "\"notBefore\": \"\(bound)\""),
                      "field 'since'", "is not a date bound")
    }

    @Test func goodRelativeDates() {
        for bound in ["today", "-18y", "+3m", "-30d", "2000-01-01"] {
            #expect(RelativeDate(bound) != nil, "\(bound)")
        }
        let today = Fixture.today
        #expect(RelativeDate("-18y")!.resolve(today: today) == CalendarDateFixture.date(2008, 11, 25))
        #expect(RelativeDate("+3m")!.resolve(today: today) == CalendarDateFixture.date(2027, 2, 25))
        #expect(RelativeDate("-30d")!.resolve(today: today) == CalendarDateFixture.date(2026, 10, 26))
    }

    @Test func feeByFieldNamingAMissingOrNonChoiceField() {
        expectProblem(MinimalDefinition.replacing(#""byField": "plan""#, with: #""byField": "tier""#), "fee.byField names 'tier', which is not a field")
        expectProblem(MinimalDefinition.replacing(#""byField": "plan""#, with: #""byField": "members""#), "'members', a number field; it must be a choice field")
    }

    @Test func byChoiceKeysNotAmongTheOptions() {
        expectProblem(MinimalDefinition.replacing(#""family": 100"#, with: #""premium": 100"#), "fee.byChoice: 'premium' is not an option of 'plan'")
    }

    @Test func rulesNamingUnknownFieldsOrWrongKinds() {
        expectProblem(MinimalDefinition.replacing(#""field": "until""#, with: #""field": "till""#), "rules[0]: field 'till' is not a field of this form")
        expectProblem(MinimalDefinition.replacing(#""other": "since""#, with: #""other": "from""#), "rules[0]: other 'from' is not a field of this form")
        expectProblem(MinimalDefinition.replacing(#""field": "until""#, with: #""field": "members""#),
                      "rules[0]: dateAfter compares dates, but 'members' is a number field")
        expectProblem(MinimalDefinition.replacing(#""kind": "dateAfter""#, with: #""kind": "dateBefore""#), "rules[0].kind: unknown value 'dateBefore'")
        expectProblem(MinimalDefinition.replacing(#""kind": "dateAfter", "field": "until", "other": "since""#,
                                                  with: #""kind": "requiredWhen", "field": "until", "other": "plan", "equals": "gold""#),
                      "rules[0]: 'gold' is not a possible answer of 'plan'")
    }

    @Test func stepWithoutFields() {
        let json = MinimalDefinition.json.replacingOccurrences(
            of: #"("id": "choices", "title": \{[^}]*\}, "fields": )\[[\s\S]*?\]\}\n  \]"#, with: "$1[]}\n  ]", options: .regularExpression)
        let found = problems(json)
        #expect(found.contains { $0.contains("steps[1] ('choices') has no fields") }, "\(found)")
    }

    @Test func versionBelowOne() {
        expectProblem(MinimalDefinition.replacing(#""version": 1"#, with: #""version": 0"#), "version must be 1 or more")
    }

    @Test func emptyEnglishOrUrduTitles() {
        expectProblem(MinimalDefinition.replacing(#""ur": "صحت کارڈ""#, with: #""ur": " ""#), "title.ur: the Urdu text is empty")
        expectProblem(MinimalDefinition.replacing(#""en": "Sehat Card""#, with: #""en": """#), "title.en: the English text is empty")
        expectProblem(MinimalDefinition.replacing(#""label": {"en": "Plan", "ur": "پلان"}"#, with: #""label": {"en": "Plan"}"#),
                      "field 'plan'", "label: missing key 'ur'")
    }

    @Test func wrongTypes() {
        expectProblem(MinimalDefinition.replacing(#""required": false, "notBefore""#, with: #""required": "no", "notBefore""#),
                      "field 'since'", "required: should be true or false, not a text")
        expectProblem(MinimalDefinition.replacing(#""minimumWorkingDays": 1"#, with: #""minimumWorkingDays": 1.5"#),
                      "processing.minimumWorkingDays: should be a whole number")
    }

    @Test func everyProblemIsReportedNotJustTheFirst() {
        let json = MinimalDefinition.replacing(#""format": 1"#, with: #""format": 9"#)
            .replacingOccurrences(of: #""version": 1"#, with: #""version": 0"#)
            .replacingOccurrences(of: #""maximumLength": 80"#, with: #""maximumLength": 0"#)
        let found = problems(json)
        #expect(found.count == 3, "\(found)")
        let shape = MinimalDefinition.replacing(#""kind": "number""#, with: #""kind": "photo""#)
            .replacingOccurrences(of: #""maximumLength": 80"#, with: #""maxLength": 80"#)
        #expect(problems(shape).count == 2)
    }

    @Test func hostileTextInAFileIsNotEchoedRaw() {
        let json = MinimalDefinition.replacing(#""maximumLength": 80"#, with: #""maximumLength": 80, "\u001b[2Jevil": 1"#)
        let found = problems(json)
        #expect(found.contains { $0.contains("unknown key '[2Jevil'") || $0.contains("unknown key 'evil'") }, "\(found)")
        #expect(!found.joined().unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func descriptionFormat() {
        #expect(DefinitionProblem(file: "a.json", field: "x", reason: "bad").description == "a.json: field 'x': bad")
        #expect(DefinitionProblem(file: "a.json", reason: "bad").description == "a.json: bad")
    }
}

enum CalendarDateFixture {
    static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: year, month: month, day: day)! }
}
