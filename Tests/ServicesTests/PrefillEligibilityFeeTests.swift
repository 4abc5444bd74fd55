import IdentityCore
import Testing
@testable import Services

@Suite("Prefill, eligibility and fees")
struct PrefillEligibilityFeeTests {
    @Test func prefillFromTheRegistry() {
        let answers = Prefill.answers(for: Fixture.domicile, citizen: Fixture.irfan, districts: Fixture.districts)
        #expect(answers == [
            "fullName": "Muhammad Irfan Khan", "fatherName": "Gul Khan", "cnic": "17301-1234567-1",
            "dateOfBirth": "1990-04-12", "mobile": "0300-1234567", "district": "Peshawar",
            "address": "House 12, Street 4, Gulbahar, Peshawar", "tehsil": "Peshawar City",
        ])
    }

    @Test func theDomicileFormAsksOnlyWhatTheRegistryDoesNotKnow() {
        // Every field the record knows is prefilled: the tehsil too (the registry holds it).
        let service = Fixture.domicile
        let answers = Prefill.answers(for: service, citizen: Fixture.irfan, districts: Fixture.districts)
        #expect(service.fields.first { $0.id == "tehsil" }?.prefill == .tehsil)
        #expect(Set(answers.keys) == Set(service.fields.compactMap { $0.prefill == nil ? nil : $0.id }))
        var unknown = Fixture.irfan
        unknown.tehsil = ""
        #expect(Prefill.answers(for: service, citizen: unknown, districts: Fixture.districts)["tehsil"] == nil, "an empty tehsil is asked")
    }

    @Test func pashtoTextsAreOptionalAndTheMissingOnesAreListed() {
        // The shipped definitions carry Pashto titles and labels; without them every text is listed.
        var urduOnly = Fixture.domicile
        urduOnly.title.ps = nil
        urduOnly.steps = urduOnly.steps.map { step in
            var step = step
            step.title.ps = nil
            step.fields = step.fields.map { field in
                var field = field
                field.label.ps = nil
                return field
            }
            return step
        }
        let paths = MissingTranslation.paths(in: urduOnly, lacking: .pashto)
        #expect(paths.contains("title") && paths.contains("steps[0].title"), "\(paths.prefix(5))")
        #expect(paths.contains { $0.hasSuffix(".label") })
        var withPashto = urduOnly
        withPashto.title.ps = "ډومیسایل سند"
        #expect(!MissingTranslation.paths(in: withPashto, lacking: .pashto).contains("title"))
        #expect(withPashto.title.text(in: "ps") == "ډومیسایل سند" && urduOnly.title.text(in: "ps") == urduOnly.title.ur)
    }

    @Test func romanUrduIsOptionalAndFallsBackToEnglish() {
        var englishOnly = Fixture.domicile
        englishOnly.title.urLatn = nil
        #expect(MissingTranslation.paths(in: englishOnly, lacking: .romanUrdu) == ["title"])
        #expect(MissingTranslation.paths(in: Fixture.domicile, lacking: .romanUrdu).isEmpty, "the shipped definition is whole")
        #expect(englishOnly.title.text(in: "ur-Latn") == englishOnly.title.en)
        #expect(Fixture.domicile.steps[0].title.text(in: "ur-Latn") == "Aap ki tafseelat")
    }

    @Test func prefilledAnswersPassValidation() {
        let service = Fixture.character
        let answers = Prefill.answers(for: service, citizen: Fixture.irfan, districts: Fixture.districts)
        let draft = Fixture.draft(service, answers)
        for field in service.fields where field.prefill != nil {
            #expect(FormValidator.error(for: field, answer: answers[field.id], draft: draft, service: service, today: Fixture.today) == nil, "\(field.id)")
        }
    }

    @Test func prefillLeavesOutWhatTheRegistryDoesNotKnowAndCleansWhatItDoes() {
        var citizen = Fixture.irfan
        citizen.guardianRelation = .wifeOf
        citizen.districtCode = 199
        citizen.address = "House 5\u{1B}[2J\nPeshawar"
        let answers = Prefill.answers(for: Fixture.licence, citizen: citizen, districts: Fixture.districts)
        #expect(answers["fatherName"] == nil)
        #expect(answers["district"] == nil)
        #expect(answers["address"] == "House 5 Peshawar")
    }

    @Test func ageSeventeenMayNotApplyEighteenMay() {
        var citizen = Fixture.irfan
        citizen.birthDate = CalendarDate(year: 2008, month: 11, day: 26)!  // 18 tomorrow
        let reason = EligibilityCheck.reason(service: Fixture.domicile, citizen: citizen, today: Fixture.today)
        #expect(reason?.en == "You must be 18 years or older to apply for this service.")
        citizen.birthDate = CalendarDate(year: 2008, month: 11, day: 25)!  // 18 today
        #expect(EligibilityCheck.reason(service: Fixture.domicile, citizen: citizen, today: Fixture.today) == nil)
    }

    @Test func notRegisteredInKhyberPakhtunkhwa() throws {
        var citizen = Fixture.irfan
        citizen.cnic = try CNIC("35202-1234567-3")
        citizen.districtCode = 352
        let reason = EligibilityCheck.reason(service: Fixture.character, citizen: citizen, today: Fixture.today)
        #expect(reason?.en == "This service is only for people registered in a district of Khyber Pakhtunkhwa.")
        #expect(reason?.ur.isEmpty == false)
        // A CNIC issued elsewhere but registered in a KP district: the registry district decides.
        citizen.districtCode = 173
        #expect(EligibilityCheck.reason(service: Fixture.character, citizen: citizen, today: Fixture.today) == nil)
    }

    @Test(arguments: [("motorcycle", 550), ("car-jeep", 1050), ("ltv", 1050), ("htv", 1550), ("psv", 1550)])
    func licenceFeeByCategory(category: String, fee: Int) {
        #expect(Fixture.licence.fee(for: ["category": category]) == fee)
    }

    @Test func feeFallsBackToTheAmount() {
        #expect(Fixture.licence.fee(for: [:]) == 1050)
        #expect(Fixture.licence.fee(for: ["category": "tractor"]) == 1050)
        #expect(Fixture.domicile.fee(for: ["category": "htv"]) == 200)
    }
}
