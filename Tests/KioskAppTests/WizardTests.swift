import Foundation
import IdentityCore
import KioskApp
import Screen
import Services
import Testing

@Suite struct WizardTests {
    static let typed: [String: String] = [
        "tehsil": "Peshawar City", "livedSinceBirth": "yes",
        "fatherCnic": "17301-7654321-3", "motherCnic": "17301-7654322-4", "proofOfAge": "birth-certificate",
        "purpose": "education", "otherDomicile": "no", "declaration": "accepted",
    ]

    @Test func serviceListIsLoadedThenShown() {
        var state = Journey.home(settings: ServiceFixture.settings)
        let asked = state.send(.key(.character("2")))
        #expect(asked == [.loadServices])
        #expect(Kiosk.view(state).text.contains("Loading services…"))
        state.send(.servicesLoaded(available: ServiceFixture.available, unavailable: ServiceFixture.unavailable))
        #expect(state.serviceList?.phase == .choosing)
        let text = Kiosk.view(state).text
        #expect(text.contains("1   Domicile Certificate"))
        #expect(text.contains("Rs 200"))
        #expect(text.contains("5–7 working days"))
        #expect(text.contains("Sehat Card (not available now)"))
        state.send(.key(.escape))
        #expect(state.screen == .home(HomeScreen(highlighted: .applyForService)))
    }

    @Test func unavailableServiceIsNotSelectable() {
        var state = Journey.serviceList()
        let effects = state.send([.key(.character("4")), .key(.character("9")), .key(.enter)])
        #expect(effects == [])
        #expect(state.serviceList?.phase == .choosing)
        let frame = Kiosk.view(state)
        let row = frame.lines.firstIndex { $0.contains("Sehat Card") }!
        let x = Array(frame.lines[row]).firstIndex(of: "S")!
        #expect(frame[x, row].attributes.contains(.dim), "greyed")
        #expect(!frame.lines[row].contains("4"), "not numbered")
    }

    @Test func choosingAServiceStartsTheApplication() {
        var state = Journey.serviceList()
        let effects = state.send(.key(.character("2")))
        #expect(effects == [.startApplication(serviceID: "driving-licence-renewal", cnic: Fixture.cnic)])
        #expect(state.serviceList?.phase == .starting(serviceID: "driving-licence-renewal"))
        state.send(.applicationReady(ServiceFixture.domicile, prefilled: [:], ineligibleReason: nil))
        #expect(state.wizard == nil, "a form for another service is ignored")
        state.send(.applicationReady(ServiceFixture.licence, prefilled: ServiceFixture.prefilled, ineligibleReason: nil))
        #expect(state.wizard == WizardScreen(service: ServiceFixture.licence, prefilled: ServiceFixture.prefilled))
    }

    @Test func ineligibleIsAPlainNoticeAndBack() {
        var state = Journey.serviceList()
        state.send(.key(.character("1")))
        let reason = LocalizedText(en: "You must be 18 or older to apply.", ur: "")
        state.send(.applicationReady(ServiceFixture.domicile, prefilled: [:], ineligibleReason: reason))
        #expect(state.serviceList?.phase == .notEligible(title: ServiceFixture.domicile.title, reason: reason))
        let text = Kiosk.view(state).text
        #expect(text.contains("You cannot apply for this service."))
        #expect(text.contains("You must be 18 or older to apply."))
        state.send(.key(.enter))
        #expect(state.serviceList?.phase == .choosing)
    }

    @Test func theWholeJourneySubmitsTheRightDraft() {
        var state = Journey.wizard()
        #expect(state.step == WizardStep(index: 0))
        #expect(Kiosk.view(state).text.contains("Step 1 of 5"))
        let expectedSteps = [1, 2, 3, 4]
        for (offset, events) in Journey.domicileSteps.prefix(4).enumerated() {
            state.send(events)
            #expect(state.step?.index == expectedSteps[offset], "after step \(offset + 1)")
        }
        state.send(Journey.domicileSteps[4])
        #expect(state.wizard?.phase == .review(page: 0))
        state.send(.key(.enter))
        #expect(state.wizard?.phase == .declaration(agreed: false, reminded: false))
        let early = state.send(.key(.enter))
        #expect(early == [])
        #expect(state.wizard?.phase == .declaration(agreed: false, reminded: true))
        state.send(.key(.character("1")))
        let submitted = state.send(.key(.enter))
        let answers = ServiceFixture.prefilled.merging(Self.typed) { a, _ in a }
        #expect(submitted == [.submitApplication(ApplicationDraft(serviceID: "domicile-certificate", serviceVersion: 1, cnic: Fixture.cnic, answers: answers))])
        #expect(state.wizard?.phase == .submitting)
        #expect(Kiosk.view(state).text.contains("Submitting…"))
        let afterSave = state.send(.applicationSubmitted(ServiceFixture.receipt()))
        #expect(afterSave == [.requestSync], "a saved application is sent at once")
        #expect(state.screen == .receipt(ReceiptScreen(receipt: ServiceFixture.receipt())))
    }

    @Test func escapeGoesBackAStepAndKeepsTheValues() {
        var state = Journey.domicile(steps: 2)
        state.send(Fixture.typing("17301-7654321-3"))
        state.send(.key(.escape))
        #expect(state.step == WizardStep(index: 1))
        #expect(state.wizard?.answers["tehsil"] == "Peshawar City")
        #expect(state.wizard?.answers["fatherCnic"] == "17301-7654321-3")
        #expect(Kiosk.view(state).text.contains("Peshawar City"))
        state.send([.key(.escape), .key(.escape)])
        #expect(state.wizard?.phase == .confirmLeave)
        #expect(Kiosk.view(state).text.contains("Leave this form?"))
        state.send(.key(.character("2")))
        #expect(state.step == WizardStep(index: 0))
        #expect(state.wizard?.answers["tehsil"] == "Peshawar City")
        state.send([.key(.escape), .key(.character("1"))])
        #expect(state.screen == .home(HomeScreen(highlighted: .applyForService)))
    }

    @Test func anErrorIsShownAndTheStepDoesNotAdvance() {
        var state = Journey.domicile(steps: 1)
        state.send(.key(.enter))
        #expect(state.step?.index == 1)
        #expect(state.step?.errors["tehsil"] != nil)
        #expect(state.step?.errors["livedSinceBirth"] != nil)
        #expect(state.step?.focus == 0)
        let text = Kiosk.view(state).text
        #expect(text.contains(state.step!.errors["tehsil"]!.en))
        state.send(Fixture.typing("P"))
        #expect(state.step?.errors["tehsil"] == nil, "typing clears that field's error")
        state.send(.key(.enter))
        #expect(state.step?.errors["tehsil"] != nil, "too short")
        #expect(state.step?.index == 1)
    }

    @Test func crossFieldRuleIsEnforcedOnTheStep() {
        var state = Journey.domicile(steps: 1)
        state.send(Fixture.typing("Peshawar City") + [.key(.tab), .key(.character("2")), .key(.enter)])
        #expect(state.step?.index == 1)
        #expect(state.step?.errors["residingSince"]?.en == "Please write since when you have lived in this district.")
        #expect(state.step?.focus == 2, "the focus goes to the field to fix")
        state.send(Fixture.typing("20100301") + [.key(.enter)])
        #expect(state.step?.index == 2)
        #expect(state.wizard?.answers["residingSince"] == "2010-03-01")
    }

    @Test func textIsCleanedAndCappedAtItsMaximumLength() {
        var state = Journey.domicile(steps: 1)
        state.send(Fixture.typing("Ali\u{202E}\u{07}\u{1B} \u{200B}Khan"))
        #expect(state.wizard?.answers["tehsil"]?.contains("\u{202E}") == false)
        #expect(state.wizard?.answers["tehsil"]?.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F } == true)
        #expect(state.wizard?.answers["tehsil"]?.hasPrefix("Ali ") == true)
        state.send(Fixture.typing(String(repeating: "x", count: 60)))
        #expect(state.wizard?.answers["tehsil"]?.count == 40)
        #expect(state.step?.note == .tooLong(maximum: 40))
        #expect(Kiosk.view(state).text.contains("That is the most this answer can take (40)."))
        state.send(.key(.backspace))
        #expect(state.wizard?.answers["tehsil"]?.count == 39)
    }

    @Test func spacesAreTrimmedWhenTheStepIsChecked() {
        var state = Journey.domicile(steps: 1)
        state.send(Fixture.typing("  Peshawar   City  ") + [.key(.tab), .key(.character("1")), .key(.enter)])
        #expect(state.step?.index == 2)
        #expect(state.wizard?.answers["tehsil"] == "Peshawar City")
    }

    @Test func dateDashesAppearByThemselves() {
        var state = Journey.domicile(steps: 1)
        state.send([.key(.tab), .key(.tab)] + Fixture.typing("2010"))
        #expect(state.wizard?.answers["residingSince"] == "2010")
        state.send(Fixture.typing("0"))
        #expect(state.wizard?.answers["residingSince"] == "2010-0")
        state.send(Fixture.typing("-3/019x"))
        #expect(state.wizard?.answers["residingSince"] == "2010-03-01")
        #expect(state.step?.note == .digitsOnly)
        state.send([.key(.backspace), .key(.backspace)])
        #expect(state.wizard?.answers["residingSince"] == "2010-03")
        #expect(Kiosk.view(state).text.contains("2010-03-__"))
    }

    @Test func cnicDashesAppearByThemselvesInAParentsCNIC() {
        var state = Journey.domicile(steps: 2)
        #expect(state.step?.index == 2, "Step 3 of 5: parents")
        state.send(Fixture.typing("16101"))
        #expect(state.wizard?.answers["fatherCnic"] == "16101")
        state.send(Fixture.typing("-1234567"))
        #expect(state.wizard?.answers["fatherCnic"] == "16101-1234567", "a typed dash is taken as already there")
        state.send(Fixture.typing("19"))
        #expect(state.wizard?.answers["fatherCnic"] == "16101-1234567-1")
        #expect(state.step?.note == .tooLong(maximum: 13))
        state.send(Fixture.typing("x"))
        #expect(state.step?.note == .digitsOnly)
        state.send([.key(.backspace), .key(.backspace)])
        #expect(state.wizard?.answers["fatherCnic"] == "16101-123456")
        state.send(Fixture.typing("71"))
        #expect(state.wizard?.answers["fatherCnic"] == "16101-1234567-1")
        #expect(state.wizard?.answers["fatherCnic"]?.wholeMatch(of: /[0-9]{5}-[0-9]{7}-[0-9]/) != nil, "it passes the field's pattern")
    }

    @Test func districtListPagesWithZeroAndPicksByNumber() {
        var state = Journey.wizard("3")
        state.send(Journey.policeUpTo(step: 3))
        #expect(state.step?.index == 3)
        state.send([.key(.character("1")), .key(.tab), .key(.tab)])
        #expect(state.step?.focus == 2)
        var text = Kiosk.view(state).text
        #expect(text.contains("1   Abbottabad"))
        #expect(text.contains("Page 1 of 5   0: more"))
        state.send([.key(.character("0")), .key(.character("0"))])
        text = Kiosk.view(state).text
        #expect(text.contains("Page 3 of 5"))
        state.send(.key(.character("4")))
        let chosen = DistrictChoices.sorted(ServiceFixture.districts)[2 * 9 + 3].name
        #expect(state.wizard?.answers["previousDistrict"] == chosen)
        state.send([.key(.pageUp), .key(.pageUp), .key(.pageUp)])
        #expect(state.step?.listPage == 4, "wraps round")
    }

    @Test func feeFollowsTheChosenCategory() throws {
        var state = Journey.wizard("2")
        state.send([.key(.enter)] + Fixture.typing("PSH-12345") + [.key(.tab), .key(.character("4"))])
        #expect(state.wizard?.answers["category"] == "htv")
        state.send(.key(.escape))
        #expect(state.step?.index == 0)
        var wizard = try #require(state.wizard)
        wizard.phase = .review(page: 0)
        state.screen = .wizard(wizard)
        #expect(Kiosk.view(state).text.contains("Rs 1,550"))
    }

    @Test(arguments: [true, false])
    func refusedOrFailedSubmitGoesBackToReviewWithAnswersKept(refused: Bool) {
        var state = Journey.submitting()
        let answers = state.wizard?.answers
        if refused {
            state.send(.applicationRefused(LocalizedText(en: "This form was changed. Please check your answers again.", ur: "")))
            #expect(state.wizard?.phase == .problem(.refused(LocalizedText(en: "This form was changed. Please check your answers again.", ur: ""))))
            #expect(Kiosk.view(state).text.contains("This form was changed. Please check your answers again."))
        } else {
            state.send(.effectFailed("disk I/O error"))
            #expect(state.wizard?.phase == .problem(.couldNotSave))
            #expect(Kiosk.view(state).text.contains("Could not save. Nothing was submitted. Please try again."))
        }
        state.send(.key(.enter))
        #expect(state.wizard?.phase == .review(page: 0))
        #expect(state.wizard?.answers == answers)
        state.send([.key(.enter), .key(.character("1"))])
        let again = state.send(.key(.enter))
        #expect(again.count == 1, "submit again")
    }

    @Test func resultsNobodyWaitsForAreIgnored() {
        var state = Journey.domicile(steps: 2)
        let before = state
        state.send([.applicationSubmitted(ServiceFixture.receipt()), .applicationRefused(LocalizedText(en: "x", ur: "")),
                    .servicesLoaded(available: [], unavailable: []), .applicationsLoaded([]), .effectFailed("late")])
        #expect(state == before)
    }

    @Test func idleTimeoutDiscardsTheDraft() {
        var state = Journey.domicile(steps: 3)
        #expect(state.wizard?.answers.isEmpty == false)
        state.send(IdleTests.at(60))
        #expect(Kiosk.view(state).text.contains("Are you still there?"))
        let effects = state.send(IdleTests.at(70))
        #expect(effects == [.wipeScreen])
        #expect(state.screen == .start)
        #expect(state.citizen == nil)
        #expect(state.wizard == nil)
        let dump = String(describing: state)
        #expect(!dump.contains("7654321") && !dump.contains("birth-certificate"), "no answer survives")
    }

    @Test func receiptShowsTheTrackingNumberAndGoesHome() {
        var state = Journey.receipt()
        let text = Kiosk.view(state).text
        #expect(text.contains("K P P S H 0 0 1 - 0 0 0 1 2 3 - K"))
        #expect(text.contains("Rs 200"))
        #expect(text.contains("1001-2026-000123"))
        #expect(text.contains("5–7 working days"))
        #expect(text.contains("Enter: more"))
        state.send(.key(.enter))
        #expect(Kiosk.view(state).text.contains("Attested copy of your CNIC"))
        state.send(.key(.enter))
        #expect(state.screen == .home(HomeScreen(highlighted: .myApplications)))
    }
}

extension Journey {
    /// Police certificate events through step `step` (1-based; the first three steps).
    static func policeUpTo(step: Int) -> [KioskEvent] {
        let steps: [[KioskEvent]] = [
            [.key(.enter)],
            [.key(.character("1")), .key(.tab), .key(.character("2")), .key(.enter)],
            Fixture.typing("Hayatabad") + [.key(.tab)] + Fixture.typing("20150101") + [.key(.tab)] + Fixture.typing("20250101") + [.key(.enter)],
        ]
        return steps.prefix(step).flatMap { $0 }
    }
}
