import IdentityCore
import KioskApp
import Screen
import Testing

@Suite struct LookupResultTests {
    @Test func foundWithPINOpensThePINScreen() {
        var state = Journey.lookingUp()
        let effects = state.send(.citizenFound(Fixture.citizen, hasPIN: true))
        #expect(state.screen == .pin(PINScreen()))
        #expect(state.citizen == Fixture.citizen)
        #expect(effects == [])
    }

    @Test func foundWithoutPINExplainsAndGoesBack() {
        var state = Journey.lookingUp()
        state.send(.citizenFound(Fixture.citizen, hasPIN: false))
        #expect(state.screen == .notice(Notice(.noPINYet, exit: .welcome)))
        #expect(state.citizen == nil)
        #expect(Kiosk.view(state).text.contains("You have not set a PIN yet. Please ask at the counter."))
        state.send(.key(.enter))
        #expect(state.screen == .start)
    }

    @Test func notFoundShowsTheMaskedCNICThenAnEmptyField() {
        var state = Journey.lookingUp()
        let effects = state.send(.citizenNotFound(Fixture.cnic))
        #expect(effects == [])
        #expect(state.notice == Notice(.citizenNotFound(Fixture.cnic)))
        let text = Kiosk.view(state).text
        #expect(text.contains("No record for 17301-•••••67-1"))
        #expect(text.contains("Press Enter to try again"))
        #expect(!text.contains("1234567"))
        state.send(.key(.enter))
        #expect(state.screen == .start)
    }

    @Test func resultsForAnotherCNICOrNoQuestionAreIgnored() {
        var state = Journey.lookingUp()
        state.send(.citizenFound(SessionCitizen(cnic: Fixture.otherCNIC, nameLatin: "Other"), hasPIN: true))
        state.send(.citizenNotFound(Fixture.otherCNIC))
        state.send(.passVerified(.valid(Fixture.claims), Fixture.citizen))
        #expect(state.screen == .welcome(WelcomeScreen(entry: CNICEntry(digits: Fixture.cnic.digits), phase: .lookingUp(Fixture.cnic))))
        var resting = Fixture.state()
        resting.send(.citizenFound(Fixture.citizen, hasPIN: true))
        #expect(resting.screen == .start && resting.citizen == nil)
    }

    static func scanning() -> KioskState {
        var state = Fixture.state()
        state.send(Fixture.typing(Fixture.passText) + [.key(.enter)])
        return state
    }

    @Test func validPassOfAKnownCitizenOpensThePINScreen() {
        var state = Self.scanning()
        state.send(.passVerified(.valid(Fixture.claims), Fixture.citizen))
        #expect(state.screen == .pin(PINScreen()))
        #expect(state.citizen == Fixture.citizen)
    }

    @Test func validPassWithoutARecordSaysSo() {
        var state = Self.scanning()
        state.send(.passVerified(.valid(Fixture.claims), nil))
        #expect(state.notice == Notice(.citizenNotFound(Fixture.cnic)))
        #expect(state.citizen == nil)
    }

    static let rejected: [PassVerdict] = [
        .expired(Fixture.claims), .notYetValid(Fixture.claims), .revoked(Fixture.claims),
        .unknownSigner(keyID: 9), .badSignature, .malformed(.wrongLength(40)),
    ]

    @Test(arguments: rejected)
    func otherVerdictsAreExplainedInPlainWords(_ verdict: PassVerdict) {
        var state = Self.scanning()
        let effects = state.send(.passVerified(verdict, Fixture.citizen))
        #expect(effects == [])
        #expect(state.notice == Notice(.passNotAccepted(verdict)))
        #expect(state.citizen == nil)
        let text = Kiosk.view(state).lines.joined(separator: " ")
        let firstWords = verdict.explanation.split(separator: " ").prefix(4).joined(separator: " ")
        #expect(text.contains(firstWords))
        #expect(text.contains("Press Enter to go back"))
        state.send(.key(.enter))
        #expect(state.screen == .start)
    }
}
