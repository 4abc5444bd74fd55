import IdentityCore
import KioskApp
import Screen
import Testing

@Suite struct LookupResultTests {
    @Test func foundWithPINOpensThePINScreen() {
        var store = TestStore(Journey.lookingUp())
        let effects = store.send(.citizenFound(Fixture.citizen, hasPIN: true), expecting: []) {
            $0.citizen = Fixture.citizen
            $0.screen = .pin(PINScreen())
        }
        #expect(store.state.screen == .pin(PINScreen()))
        #expect(store.state.citizen == Fixture.citizen)
        #expect(effects == [])
    }

    @Test func foundWithoutPINExplainsAndGoesBack() {
        var store = TestStore(Journey.lookingUp())
        store.send(.citizenFound(Fixture.citizen, hasPIN: false), expecting: []) { $0.screen = .notice(Notice(.noPINYet, exit: .welcome)) }
        #expect(store.state.screen == .notice(Notice(.noPINYet, exit: .welcome)))
        #expect(store.state.citizen == nil)
        #expect(store.frame.text.contains("You have not set a PIN yet. Please ask at the counter."))
        store.send(.key(.enter), expecting: []) { $0.screen = .start }
        #expect(store.state.screen == .start)
    }

    @Test func notFoundShowsTheMaskedCNICThenAnEmptyField() {
        var store = TestStore(Journey.lookingUp())
        let effects = store.send(.citizenNotFound(Fixture.cnic), expecting: []) { $0.screen = .notice(Notice(.citizenNotFound(Fixture.cnic))) }
        #expect(effects == [])
        #expect(store.state.notice == Notice(.citizenNotFound(Fixture.cnic)))
        let text = store.frame.text
        #expect(text.contains("No record for 17301-•••••67-1"))
        #expect(text.contains("Press Enter to try again"))
        #expect(!text.contains("1234567"))
        store.send(.key(.enter), expecting: []) { $0.screen = .start }
        #expect(store.state.screen == .start)
    }

    @Test func resultsForAnotherCNICOrNoQuestionAreIgnored() {
        var store = TestStore(Journey.lookingUp())
        store.send(.citizenFound(SessionCitizen(cnic: Fixture.otherCNIC, nameLatin: "Other"), hasPIN: true), expecting: [])
        store.send(.citizenNotFound(Fixture.otherCNIC), expecting: [])
        store.send(.passVerified(.valid(Fixture.claims), Fixture.citizen), expecting: [])
        #expect(store.state.screen == .welcome(WelcomeScreen(entry: CNICEntry(digits: Fixture.cnic.digits), phase: .lookingUp(Fixture.cnic))))
        var resting = TestStore(Fixture.state())
        resting.send(.citizenFound(Fixture.citizen, hasPIN: true), expecting: [])
        #expect(resting.state.screen == .start && resting.state.citizen == nil)
    }

    static func scanning() -> KioskState {
        Journey.reach(Fixture.state(), by: Fixture.typing(Fixture.passText) + [.key(.enter)], expecting: [.verifyScannedPass(Fixture.passText)])
    }

    @Test func validPassOfAKnownCitizenOpensThePINScreen() {
        var store = TestStore(Self.scanning())
        store.send(.passVerified(.valid(Fixture.claims), Fixture.citizen), expecting: []) {
            $0.citizen = Fixture.citizen
            $0.screen = .pin(PINScreen())
        }
        #expect(store.state.screen == .pin(PINScreen()))
        #expect(store.state.citizen == Fixture.citizen)
    }

    @Test func validPassWithoutARecordSaysSo() {
        var store = TestStore(Self.scanning())
        store.send(.passVerified(.valid(Fixture.claims), nil), expecting: []) { $0.screen = .notice(Notice(.citizenNotFound(Fixture.cnic))) }
        #expect(store.state.notice == Notice(.citizenNotFound(Fixture.cnic)))
        #expect(store.state.citizen == nil)
    }

    static let rejected: [PassVerdict] = [
        .expired(Fixture.claims), .notYetValid(Fixture.claims), .revoked(Fixture.claims),
        .unknownSigner(keyID: 9), .badSignature, .malformed(.wrongLength(40)),
    ]

    @Test(arguments: rejected)
    func otherVerdictsAreExplainedInPlainWords(_ verdict: PassVerdict) {
        var store = TestStore(Self.scanning())
        let effects = store.send(.passVerified(verdict, Fixture.citizen), expecting: []) { $0.screen = .notice(Notice(.passNotAccepted(verdict))) }
        #expect(effects == [])
        #expect(store.state.notice == Notice(.passNotAccepted(verdict)))
        #expect(store.state.citizen == nil)
        let text = store.frame.lines.joined(separator: " ")
        let firstWords = verdict.explanation.split(separator: " ").prefix(4).joined(separator: " ")
        #expect(text.contains(firstWords))
        #expect(text.contains("Press Enter to go back"))
        store.send(.key(.enter), expecting: []) { $0.screen = .start }
        #expect(store.state.screen == .start)
    }
}
