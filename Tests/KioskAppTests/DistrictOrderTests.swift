import BidiText
import IdentityCore
import KioskApp
import Testing

/// A district list is in the alphabetical order of the names it shows, and its numbers follow that
/// order: Urdu and Pashto screens list Urdu names in Urdu order, not in English or code-point order.
@Suite struct DistrictOrderTests {
    static let urdu = AnswerLanguage(language: "ur", yes: "", no: "", agree: "")
    static let pashto = AnswerLanguage(language: "ps", yes: "", no: "", agree: "")

    static func position(_ english: String, in districts: [District]) -> Int? {
        districts.firstIndex { $0.name == english }
    }

    @Test(arguments: [urdu, pashto])
    func urduNamesAreInUrduAlphabeticalOrder(_ words: AnswerLanguage) throws {
        let sorted = DistrictChoices.sorted(ServiceFixture.districts, shownIn: words)
        #expect(sorted.count == ServiceFixture.districts.count)
        // پ ٹ چ خ in the Urdu alphabet; English order is Charsadda, Khyber, Peshawar, Tank and
        // code-point order Khyber (خ U+062E), Tank (ٹ U+0679), Peshawar (پ U+067E), Charsadda (چ U+0686).
        let order = try ["Peshawar", "Tank", "Charsadda", "Khyber"].map { try #require(Self.position($0, in: sorted), "\($0) is listed") }
        #expect(order == order.sorted(), "Peshawar, Tank, Charsadda, Khyber in Urdu order: \(order)")
        #expect(sorted.first?.nameUrdu.hasPrefix("ا") == true, "alif comes first: \(sorted.first?.nameUrdu ?? "")")
        #expect(sorted.last?.nameUrdu.hasPrefix("ی") == true || sorted.last?.nameUrdu.hasPrefix("ہ") == true,
                "he or ye comes last: \(sorted.last?.nameUrdu ?? "")")
    }

    @Test func englishAndRomanUrduKeepEnglishOrder() {
        let english = DistrictChoices.sorted(ServiceFixture.districts)
        #expect(english.map(\.name) == ServiceFixture.districts.map(\.name).sorted())
        let roman = DistrictChoices.sorted(ServiceFixture.districts, shownIn: AnswerLanguage(language: "ur-Latn", yes: "", no: "", agree: ""))
        #expect(roman == english)
    }

    @Test func onAnUrduScreenANumberPicksTheDistrictWrittenBesideIt() {
        var settings = ServiceFixture.settings
        settings.defaultLanguage = "ur"
        var store = TestStore(Journey.wizard("3", settings: settings))
        store.send(Journey.policeUpTo(step: 3), expecting: []) {
            $0.wizard?.answers = Journey.policeTyped
            $0.step = WizardStep(index: 3)
        }
        store.send([.key(.character("1")), .key(.tab), .key(.tab)], expecting: []) {
            $0.wizard?.answers["livedElsewhere"] = "yes"
            $0.step?.focus = 2
        }
        let first = DistrictChoices.sorted(ServiceFixture.districts, shownIn: Self.urdu)[0]
        #expect(store.frame.text.contains(first.nameUrdu.visualForTest), "\(first.nameUrdu) heads the first page")
        store.send(.key(.character("1")), expecting: []) { $0.wizard?.answers["previousDistrict"] = first.name }
        #expect(store.state.wizard?.answers["previousDistrict"] == first.name)
    }
}
