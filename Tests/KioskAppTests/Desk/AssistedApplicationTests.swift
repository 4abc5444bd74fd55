import Foundation
import IdentityCore
import KioskApp
import Screen
import Services
import Testing

/// Applying on a citizen's behalf: the same wizard, the submit names the operator, the receipt says
/// "Assisted by", and Home is the citizen's record again.
@Suite struct AssistedApplicationTests {
    @Test func theWizardRunsForTheCitizenAndTheSubmitNamesTheOperator() {
        var state = Journey.reach(DeskFixture.checkedRecord(), by: [.key(.character("6"))], expecting: [.loadServices])
        #expect(state.citizen?.cnic == Fixture.cnic)
        #expect(state.operatorSession?.assisting == DeskFixture.record)
        let service = ServiceFixture.domicile
        state = Journey.reach(state, by: [.servicesLoaded(available: [service], unavailable: []), .key(.character("1"))],
                              expecting: [.startApplication(serviceID: service.id, cnic: Fixture.cnic)])
        state = Journey.reach(state, by: [.applicationReady(service, prefilled: [:], ineligibleReason: nil)], expecting: [])
        guard case .wizard(var wizard) = state.screen else { Issue.record("no wizard: \(state.screen)"); return }
        wizard.phase = .declaration(agreed: true, reminded: false)
        state.screen = .wizard(wizard)
        let effects = Kiosk.update(&state, .key(.enter))
        #expect(effects == [.desk(.submitAssisted(wizard.draft(for: Fixture.cnic), operatorID: "OP-0042"))])
    }

    @Test func theReceiptSaysAssistedAndHomeIsTheRecord() {
        var state = Journey.reach(DeskFixture.checkedRecord(), by: [.key(.character("6"))], expecting: [.loadServices])
        let service = ServiceFixture.domicile
        guard case .services = state.screen else { Issue.record("no services"); return }
        var wizard = WizardScreen(service: service, prefilled: [:])
        wizard.phase = .submitting
        state.screen = .wizard(wizard)
        let receipt = ServiceFixture.receipt()
        state = Journey.reach(state, by: [.applicationSubmitted(receipt)], expecting: [.requestSync])
        #expect(Kiosk.view(state).text.contains("Assisted by OP-0042"))
        state = Journey.reach(state, by: [.key(.escape)], expecting: [])
        #expect(state.record == CitizenRecordScreen(record: DeskFixture.record, cardCheck: .checked))
        #expect(state.citizen == nil)
        #expect(state.operatorSession?.assisting == nil)
    }
}
