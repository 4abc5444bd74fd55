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

    /// What each of the domicile form's five steps adds to the answers.
    static let typedPerStep: [[String: String]] = [
        [:],
        ["tehsil": "Peshawar City", "livedSinceBirth": "yes"],
        ["fatherCnic": "17301-7654321-3", "motherCnic": "17301-7654322-4", "proofOfAge": "birth-certificate"],
        ["purpose": "education", "otherDomicile": "no"],
        ["declaration": "accepted"],
    ]

    /// The message of the domicile rule about `field`.
    static func ruleMessage(_ field: String) -> LocalizedText {
        ServiceFixture.domicile.rules.first { $0.field == field && $0.kind == .requiredWhen }!.message
    }

    @Test func serviceListIsLoadedThenShown() {
        var store = TestStore(Journey.home(settings: ServiceFixture.settings))
        let asked = store.send(.key(.character("2")), expecting: [.loadServices]) { $0.screen = .services(ServiceListScreen()) }
        #expect(asked == [.loadServices])
        #expect(store.frame.text.contains("Loading services…"))
        store.send(.servicesLoaded(available: ServiceFixture.available, unavailable: ServiceFixture.unavailable), expecting: []) {
            $0.screen = .services(ServiceListScreen(available: ServiceFixture.available, unavailable: ServiceFixture.unavailable, phase: .choosing))
        }
        #expect(store.state.serviceList?.phase == .choosing)
        let text = store.frame.text
        #expect(text.contains("1   Domicile Certificate"))
        #expect(text.contains("Rs 200"))
        #expect(text.contains("5–7 working days"))
        #expect(text.contains("Sehat Card (not available now)"))
        store.send(.key(.escape), expecting: []) { $0.screen = .home(HomeScreen(highlighted: .applyForService)) }
        #expect(store.state.screen == .home(HomeScreen(highlighted: .applyForService)))
    }

    @Test func unavailableServiceIsNotSelectable() {
        var store = TestStore(Journey.serviceList())
        let effects = store.send([.key(.character("4")), .key(.character("9")), .key(.enter)], expecting: [])
        #expect(effects == [])
        #expect(store.state.serviceList?.phase == .choosing)
        let frame = store.frame
        let row = frame.lines.firstIndex { $0.contains("Sehat Card") }!
        let x = Array(frame.lines[row]).firstIndex(of: "S")!
        #expect(frame[x, row].attributes.contains(.dim), "greyed")
        #expect(!frame.lines[row].contains("4"), "not numbered")
    }

    @Test func choosingAServiceStartsTheApplication() {
        var store = TestStore(Journey.serviceList())
        let effects = store.send(.key(.character("2")), expecting: [.startApplication(serviceID: "driving-licence-renewal", cnic: Fixture.cnic)]) {
            $0.serviceList?.phase = .starting(serviceID: "driving-licence-renewal")
        }
        #expect(effects == [.startApplication(serviceID: "driving-licence-renewal", cnic: Fixture.cnic)])
        #expect(store.state.serviceList?.phase == .starting(serviceID: "driving-licence-renewal"))
        store.send(.applicationReady(ServiceFixture.domicile, prefilled: [:], ineligibleReason: nil), expecting: [])
        #expect(store.state.wizard == nil, "a form for another service is ignored")
        store.send(.applicationReady(ServiceFixture.licence, prefilled: ServiceFixture.prefilled, ineligibleReason: nil), expecting: []) {
            $0.screen = .wizard(WizardScreen(service: ServiceFixture.licence, prefilled: ServiceFixture.prefilled))
        }
        #expect(store.state.wizard == WizardScreen(service: ServiceFixture.licence, prefilled: ServiceFixture.prefilled))
    }

    @Test func ineligibleIsAPlainNoticeAndBack() {
        var store = TestStore(Journey.serviceList())
        store.send(.key(.character("1")), expecting: [.startApplication(serviceID: ServiceFixture.domicile.id, cnic: Fixture.cnic)]) {
            $0.serviceList?.phase = .starting(serviceID: ServiceFixture.domicile.id)
        }
        let reason = LocalizedText(en: "You must be 18 or older to apply.", ur: "")
        store.send(.applicationReady(ServiceFixture.domicile, prefilled: [:], ineligibleReason: reason), expecting: []) {
            $0.serviceList?.phase = .notEligible(title: ServiceFixture.domicile.title, reason: reason)
        }
        #expect(store.state.serviceList?.phase == .notEligible(title: ServiceFixture.domicile.title, reason: reason))
        let text = store.frame.text
        #expect(text.contains("You cannot apply for this service."))
        #expect(text.contains("You must be 18 or older to apply."))
        store.send(.key(.enter), expecting: []) { $0.serviceList?.phase = .choosing }
        #expect(store.state.serviceList?.phase == .choosing)
    }

    @Test func theWholeJourneySubmitsTheRightDraft() {
        var store = TestStore(Journey.wizard())
        #expect(store.state.step == WizardStep(index: 0))
        #expect(store.frame.text.contains("Step 1 of 5"))
        let expectedSteps = [1, 2, 3, 4]
        for (offset, events) in Journey.domicileSteps.prefix(4).enumerated() {
            store.send(events, expecting: []) {
                $0.wizard?.answers.merge(Self.typedPerStep[offset]) { _, typed in typed }
                $0.step = WizardStep(index: expectedSteps[offset])
            }
            #expect(store.state.step?.index == expectedSteps[offset], "after step \(offset + 1)")
        }
        store.send(Journey.domicileSteps[4], expecting: []) {
            $0.wizard?.answers.merge(Self.typedPerStep[4]) { _, typed in typed }
            $0.wizard?.phase = .review(page: 0)
        }
        #expect(store.state.wizard?.phase == .review(page: 0))
        store.send(.key(.enter), expecting: []) { $0.wizard?.phase = .declaration(agreed: false, reminded: false) }
        #expect(store.state.wizard?.phase == .declaration(agreed: false, reminded: false))
        let early = store.send(.key(.enter), expecting: []) { $0.wizard?.phase = .declaration(agreed: false, reminded: true) }
        #expect(early == [])
        #expect(store.state.wizard?.phase == .declaration(agreed: false, reminded: true))
        store.send(.key(.character("1")), expecting: []) { $0.wizard?.phase = .declaration(agreed: true, reminded: false) }
        let answers = ServiceFixture.prefilled.merging(Self.typed) { a, _ in a }
        let draft = ApplicationDraft(serviceID: "domicile-certificate", serviceVersion: 1, cnic: Fixture.cnic, answers: answers)
        let submitted = store.send(.key(.enter), expecting: [.submitApplication(draft)]) { $0.wizard?.phase = .submitting }
        #expect(submitted == [.submitApplication(ApplicationDraft(serviceID: "domicile-certificate", serviceVersion: 1, cnic: Fixture.cnic, answers: answers))])
        #expect(store.state.wizard?.phase == .submitting)
        #expect(store.frame.text.contains("Submitting…"))
        let afterSave = store.send(.applicationSubmitted(ServiceFixture.receipt()), expecting: [.requestSync]) {
            $0.screen = .receipt(ReceiptScreen(receipt: ServiceFixture.receipt()))
        }
        #expect(afterSave == [.requestSync], "a saved application is sent at once")
        #expect(store.state.screen == .receipt(ReceiptScreen(receipt: ServiceFixture.receipt())))
    }

    @Test func escapeGoesBackAStepAndKeepsTheValues() {
        var store = TestStore(Journey.domicile(steps: 2))
        store.send(Fixture.typing("17301-7654321-3"), expecting: []) { $0.wizard?.answers["fatherCnic"] = "17301-7654321-3" }
        store.send(.key(.escape), expecting: []) { $0.step = WizardStep(index: 1) }
        #expect(store.state.step == WizardStep(index: 1))
        #expect(store.state.wizard?.answers["tehsil"] == "Peshawar City")
        #expect(store.state.wizard?.answers["fatherCnic"] == "17301-7654321-3")
        #expect(store.frame.text.contains("Peshawar City"))
        store.send([.key(.escape), .key(.escape)], expecting: []) { $0.wizard?.phase = .confirmLeave }
        #expect(store.state.wizard?.phase == .confirmLeave)
        #expect(store.frame.text.contains("Leave this form?"))
        store.send(.key(.character("2")), expecting: []) { $0.step = WizardStep(index: 0) }
        #expect(store.state.step == WizardStep(index: 0))
        #expect(store.state.wizard?.answers["tehsil"] == "Peshawar City")
        store.send([.key(.escape), .key(.character("1"))], expecting: []) { $0.screen = .home(HomeScreen(highlighted: .applyForService)) }
        #expect(store.state.screen == .home(HomeScreen(highlighted: .applyForService)))
    }

    @Test func anErrorIsShownAndTheStepDoesNotAdvance() {
        var store = TestStore(Journey.domicile(steps: 1))
        store.send(.key(.enter), expecting: []) {
            $0.step?.errors = ["tehsil": FormMessages.required, "livedSinceBirth": FormMessages.required]
        }
        #expect(store.state.step?.index == 1)
        #expect(store.state.step?.errors["tehsil"] != nil)
        #expect(store.state.step?.errors["livedSinceBirth"] != nil)
        #expect(store.state.step?.focus == 0)
        let text = store.frame.text
        #expect(text.contains(store.state.step!.errors["tehsil"]!.en))
        store.send(Fixture.typing("P"), expecting: []) {
            $0.wizard?.answers["tehsil"] = "P"
            $0.step?.errors["tehsil"] = nil
        }
        #expect(store.state.step?.errors["tehsil"] == nil, "typing clears that field's error")
        store.send(.key(.enter), expecting: []) { $0.step?.errors["tehsil"] = FormMessages.tooShort(2) }
        #expect(store.state.step?.errors["tehsil"] != nil, "too short")
        #expect(store.state.step?.index == 1)
    }

    @Test func crossFieldRuleIsEnforcedOnTheStep() {
        var store = TestStore(Journey.domicile(steps: 1))
        store.send(Fixture.typing("Peshawar City") + [.key(.tab), .key(.character("2")), .key(.enter)], expecting: []) {
            $0.wizard?.answers["tehsil"] = "Peshawar City"
            $0.wizard?.answers["livedSinceBirth"] = "no"
            $0.step = WizardStep(index: 1, focus: 2, errors: ["residingSince": Self.ruleMessage("residingSince")])
        }
        #expect(store.state.step?.index == 1)
        #expect(store.state.step?.errors["residingSince"]?.en == "Please write since when you have lived in this district.")
        #expect(store.state.step?.focus == 2, "the focus goes to the field to fix")
        store.send(Fixture.typing("20100301") + [.key(.enter)], expecting: []) {
            $0.wizard?.answers["residingSince"] = "2010-03-01"
            $0.step = WizardStep(index: 2)
        }
        #expect(store.state.step?.index == 2)
        #expect(store.state.wizard?.answers["residingSince"] == "2010-03-01")
    }

    @Test func textIsCleanedAndCappedAtItsMaximumLength() {
        var store = TestStore(Journey.domicile(steps: 1))
        store.send(Fixture.typing("Ali\u{202E}\u{07}\u{1B} \u{200B}Khan"), expecting: []) {
            $0.wizard?.answers["tehsil"] = "Ali \u{200B}Khan"
        }
        #expect(store.state.wizard?.answers["tehsil"]?.contains("\u{202E}") == false)
        #expect(store.state.wizard?.answers["tehsil"]?.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F } == true)
        #expect(store.state.wizard?.answers["tehsil"]?.hasPrefix("Ali ") == true)
        let before = store.state.wizard?.answers["tehsil"] ?? ""
        store.send(Fixture.typing(String(repeating: "x", count: 60)), expecting: []) {
            $0.wizard?.answers["tehsil"] = before + String(repeating: "x", count: 40 - before.count)
            $0.step?.note = .tooLong(maximum: 40)
        }
        #expect(store.state.wizard?.answers["tehsil"]?.count == 40)
        #expect(store.state.step?.note == .tooLong(maximum: 40))
        #expect(store.frame.text.contains("That is the most this answer can take (40)."))
        store.send(.key(.backspace), expecting: []) {
            $0.wizard?.answers["tehsil"] = before + String(repeating: "x", count: 39 - before.count)
            $0.step?.note = nil
        }
        #expect(store.state.wizard?.answers["tehsil"]?.count == 39)
    }

    @Test func spacesAreTrimmedWhenTheStepIsChecked() {
        var store = TestStore(Journey.domicile(steps: 1))
        store.send(Fixture.typing("  Peshawar   City  ") + [.key(.tab), .key(.character("1")), .key(.enter)], expecting: []) {
            $0.wizard?.answers["tehsil"] = "Peshawar City"
            $0.wizard?.answers["livedSinceBirth"] = "yes"
            $0.step = WizardStep(index: 2)
        }
        #expect(store.state.step?.index == 2)
        #expect(store.state.wizard?.answers["tehsil"] == "Peshawar City")
    }

    @Test func dateDashesAppearByThemselves() {
        var store = TestStore(Journey.domicile(steps: 1))
        store.send([.key(.tab), .key(.tab)] + Fixture.typing("2010"), expecting: []) {
            $0.wizard?.answers["residingSince"] = "2010"
            $0.step?.focus = 2
        }
        #expect(store.state.wizard?.answers["residingSince"] == "2010")
        store.send(Fixture.typing("0"), expecting: []) { $0.wizard?.answers["residingSince"] = "2010-0" }
        #expect(store.state.wizard?.answers["residingSince"] == "2010-0")
        store.send(Fixture.typing("-3/019x"), expecting: []) {
            $0.wizard?.answers["residingSince"] = "2010-03-01"
            $0.step?.note = .digitsOnly
        }
        #expect(store.state.wizard?.answers["residingSince"] == "2010-03-01")
        #expect(store.state.step?.note == .digitsOnly)
        store.send([.key(.backspace), .key(.backspace)], expecting: []) {
            $0.wizard?.answers["residingSince"] = "2010-03"
            $0.step?.note = nil
        }
        #expect(store.state.wizard?.answers["residingSince"] == "2010-03")
        #expect(store.frame.text.contains("2010-03-__"))
    }

    @Test func cnicDashesAppearByThemselvesInAParentsCNIC() {
        var store = TestStore(Journey.domicile(steps: 2))
        #expect(store.state.step?.index == 2, "Step 3 of 5: parents")
        store.send(Fixture.typing("16101"), expecting: []) { $0.wizard?.answers["fatherCnic"] = "16101" }
        #expect(store.state.wizard?.answers["fatherCnic"] == "16101")
        store.send(Fixture.typing("-1234567"), expecting: []) { $0.wizard?.answers["fatherCnic"] = "16101-1234567" }
        #expect(store.state.wizard?.answers["fatherCnic"] == "16101-1234567", "a typed dash is taken as already there")
        store.send(Fixture.typing("19"), expecting: []) {
            $0.wizard?.answers["fatherCnic"] = "16101-1234567-1"
            $0.step?.note = .tooLong(maximum: 13)
        }
        #expect(store.state.wizard?.answers["fatherCnic"] == "16101-1234567-1")
        #expect(store.state.step?.note == .tooLong(maximum: 13))
        store.send(Fixture.typing("x"), expecting: []) { $0.step?.note = .digitsOnly }
        #expect(store.state.step?.note == .digitsOnly)
        store.send([.key(.backspace), .key(.backspace)], expecting: []) {
            $0.wizard?.answers["fatherCnic"] = "16101-123456"
            $0.step?.note = nil
        }
        #expect(store.state.wizard?.answers["fatherCnic"] == "16101-123456")
        store.send(Fixture.typing("71"), expecting: []) { $0.wizard?.answers["fatherCnic"] = "16101-1234567-1" }
        #expect(store.state.wizard?.answers["fatherCnic"] == "16101-1234567-1")
        #expect(store.state.wizard?.answers["fatherCnic"]?.wholeMatch(of: /[0-9]{5}-[0-9]{7}-[0-9]/) != nil, "it passes the field's pattern")
    }

    @Test func districtListPagesWithZeroAndPicksByNumber() {
        var store = TestStore(Journey.wizard("3"))
        store.send(Journey.policeUpTo(step: 3), expecting: []) {
            $0.wizard?.answers = Journey.policeTyped
            $0.step = WizardStep(index: 3)
        }
        #expect(store.state.step?.index == 3)
        store.send([.key(.character("1")), .key(.tab), .key(.tab)], expecting: []) {
            $0.wizard?.answers["livedElsewhere"] = "yes"
            $0.step?.focus = 2
        }
        #expect(store.state.step?.focus == 2)
        var text = store.frame.text
        #expect(text.contains("1   Abbottabad"))
        #expect(text.contains("Page 1 of 5   0: more"))
        store.send([.key(.character("0")), .key(.character("0"))], expecting: []) { $0.step?.listPage = 2 }
        text = store.frame.text
        #expect(text.contains("Page 3 of 5"))
        let chosen = DistrictChoices.sorted(ServiceFixture.districts)[2 * 9 + 3].name
        store.send(.key(.character("4")), expecting: []) { $0.wizard?.answers["previousDistrict"] = chosen }
        #expect(store.state.wizard?.answers["previousDistrict"] == chosen)
        store.send([.key(.pageUp), .key(.pageUp), .key(.pageUp)], expecting: []) { $0.step?.listPage = 4 }
        #expect(store.state.step?.listPage == 4, "wraps round")
    }

    @Test func feeFollowsTheChosenCategory() throws {
        var store = TestStore(Journey.wizard("2"))
        store.send([.key(.enter)] + Fixture.typing("PSH-12345") + [.key(.tab), .key(.character("4"))], expecting: []) {
            $0.wizard?.answers = ["licenceNumber": "PSH-12345", "category": "htv"]
            $0.step = WizardStep(index: 1, focus: 1)
        }
        #expect(store.state.wizard?.answers["category"] == "htv")
        store.send(.key(.escape), expecting: []) { $0.step = WizardStep(index: 0) }
        #expect(store.state.step?.index == 0)
        var wizard = try #require(store.state.wizard)
        wizard.phase = .review(page: 0)
        var state = store.state
        state.screen = .wizard(wizard)
        #expect(Kiosk.view(state).text.contains("Rs 1,550"))
    }

    @Test(arguments: [true, false])
    func refusedOrFailedSubmitGoesBackToReviewWithAnswersKept(refused: Bool) {
        var store = TestStore(Journey.submitting())
        let answers = store.state.wizard?.answers
        if refused {
            let reason = LocalizedText(en: "This form was changed. Please check your answers again.", ur: "")
            store.send(.applicationRefused(reason), expecting: []) { $0.wizard?.phase = .problem(.refused(reason)) }
            #expect(store.state.wizard?.phase == .problem(.refused(LocalizedText(en: "This form was changed. Please check your answers again.", ur: ""))))
            #expect(store.frame.text.contains("This form was changed. Please check your answers again."))
        } else {
            store.send(.effectFailed("disk I/O error"), expecting: []) { $0.wizard?.phase = .problem(.couldNotSave) }
            #expect(store.state.wizard?.phase == .problem(.couldNotSave))
            #expect(store.frame.text.contains("Could not save. Nothing was submitted. Please try again."))
        }
        store.send(.key(.enter), expecting: []) { $0.wizard?.phase = .review(page: 0) }
        #expect(store.state.wizard?.phase == .review(page: 0))
        #expect(store.state.wizard?.answers == answers)
        store.send([.key(.enter), .key(.character("1"))], expecting: []) { $0.wizard?.phase = .declaration(agreed: true, reminded: false) }
        let again = store.send(.key(.enter), expecting: [.submitApplication(Journey.domicileDraft)]) { $0.wizard?.phase = .submitting }
        #expect(again.count == 1, "submit again")
    }

    @Test func resultsNobodyWaitsForAreIgnored() {
        var store = TestStore(Journey.domicile(steps: 2))
        let before = store.state
        store.send([.applicationSubmitted(ServiceFixture.receipt()), .applicationRefused(LocalizedText(en: "x", ur: "")),
                    .servicesLoaded(available: [], unavailable: []), .applicationsLoaded([]), .effectFailed("late")], expecting: [])
        #expect(store.state == before)
    }

    @Test func idleTimeoutDiscardsTheDraft() {
        var store = TestStore(Journey.domicile(steps: 3))
        #expect(store.state.wizard?.answers.isEmpty == false)
        store.send(IdleTests.at(60), expecting: []) {
            $0.now = IdleTests.time(60)
            $0.idleWarningDeadline = IdleTests.time(70)
        }
        #expect(store.frame.text.contains("Are you still there?"))
        let effects = store.send(IdleTests.at(70), expecting: [.wipeScreen]) {
            $0.now = IdleTests.time(70)
            $0.idleWarningDeadline = nil
            $0.citizen = nil
            $0.screen = .start
        }
        #expect(effects == [.wipeScreen])
        #expect(store.state.screen == .start)
        #expect(store.state.citizen == nil)
        #expect(store.state.wizard == nil)
        let dump = String(describing: store.state)
        #expect(!dump.contains("7654321") && !dump.contains("birth-certificate"), "no answer survives")
    }

    @Test func receiptShowsTheTrackingNumberAndGoesHome() {
        var store = TestStore(Journey.receipt())
        let text = store.frame.text
        #expect(text.contains("K P P S H 0 0 1 - 0 0 0 1 2 3 - K"))
        #expect(text.contains("Rs 200"))
        #expect(text.contains("1001-2026-000123"))
        #expect(text.contains("5–7 working days"))
        #expect(text.contains("Enter: more"))
        store.send(.key(.enter), expecting: []) { $0.screen = .receipt(ReceiptScreen(receipt: ServiceFixture.receipt(), page: 1)) }
        #expect(store.frame.text.contains("Attested copy of your CNIC"))
        store.send(.key(.enter), expecting: []) { $0.screen = .home(HomeScreen(highlighted: .myApplications)) }
        #expect(store.state.screen == .home(HomeScreen(highlighted: .myApplications)))
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

    /// What the police certificate's first three steps answer.
    static let policeTyped: [String: String] = [
        "purpose": "job-abroad", "goingAbroad": "no",
        "policeStation": "Hayatabad", "residentFrom": "2015-01-01", "residentTo": "2025-01-01",
    ]
}
