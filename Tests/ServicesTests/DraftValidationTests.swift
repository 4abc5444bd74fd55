import IdentityCore
import Testing
@testable import Services

@Suite("Whole-draft and step validation")
struct DraftValidationTests {
    /// A complete, good licence renewal for the demo citizen.
    static let goodLicence: [String: String] = [
        "fullName": "Muhammad Irfan Khan", "fatherName": "Gul Khan", "cnic": "17301-1234567-1", "dateOfBirth": "1990-04-12",
        "mobile": "0300-1234567", "licenceNumber": "PSH-123456", "category": "car-jeep", "issueDate": "2021-07-01",
        "expiryDate": "2026-06-30", "district": "Peshawar", "address": "House 12, Gulbahar, Peshawar", "wearsGlasses": "no",
        "medicalFitness": "accepted", "declaration": "accepted",
    ]

    @Test func goodDraftHasNoErrors() {
        let draft = Fixture.draft(Fixture.licence, Self.goodLicence)
        #expect(FormValidator.errors(in: draft, service: Fixture.licence, today: Fixture.today).isEmpty)
    }

    @Test func unknownAnswersAndWrongVersionAndService() {
        var answers = Self.goodLicence
        answers["favouriteColour"] = "green"
        var draft = Fixture.draft(Fixture.licence, answers)
        draft.serviceVersion = 2
        draft.serviceID = "domicile-certificate"
        let errors = FormValidator.errors(in: draft, service: Fixture.licence, today: Fixture.today)
        #expect(Set(errors.keys) == ["favouriteColour", FormValidator.serviceVersionKey, FormValidator.serviceIDKey])
        #expect(errors["favouriteColour"] == FormMessages.unknownField)
        #expect(errors[FormValidator.serviceVersionKey] == FormMessages.wrongVersion)
    }

    @Test func everyFieldAndRuleAtSubmit() {
        var answers = Self.goodLicence
        answers["expiryDate"] = "2020-01-01"  // before issue and too old
        answers.removeValue(forKey: "medicalFitness")
        let errors = FormValidator.errors(in: Fixture.draft(Fixture.licence, answers), service: Fixture.licence, today: Fixture.today)
        #expect(Set(errors.keys) == ["expiryDate", "medicalFitness"])
    }

    @Test func stepErrorsOnlyForThatStep() throws {
        let step = try #require(Fixture.licence.steps.first { $0.id == "licence" })
        let errors = FormValidator.errors(for: step, draft: Fixture.draft(Fixture.licence, [:]), service: Fixture.licence, today: Fixture.today)
        #expect(Set(errors.keys) == ["licenceNumber", "category", "issueDate", "expiryDate"])
    }
}
