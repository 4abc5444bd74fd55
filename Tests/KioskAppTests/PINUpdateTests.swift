import Foundation
import IdentityCore
import KioskApp
import Screen
import Testing

@Suite struct PINUpdateTests {
    @Test func digitsUpToFourThenEnterChecks() {
        var state = Journey.pin()
        state.send(Fixture.typing("12345"))
        #expect(state.pin?.digits == "1234")
        let effects = state.send(.key(.enter))
        #expect(effects == [.checkPIN(Fixture.cnic, pin: "1234")])
        #expect(state.pin == PINScreen(isChecking: true))
    }

    @Test func enterWithFewerThanFourDigitsWaits() {
        var state = Journey.pin()
        let effects = state.send(Fixture.typing("123") + [.key(.enter)])
        #expect(effects == [])
        #expect(state.pin?.digits == "123")
    }

    @Test func backspaceAndLettersAreHandled() {
        var state = Journey.pin()
        state.send(Fixture.typing("12a") + [.key(.backspace)])
        #expect(state.pin?.digits == "1")
    }

    @Test func wrongPINClearsAndSaysHowManyTriesAreLeft() {
        var state = Journey.checkingPIN()
        state.send(.pinChecked(.wrong(triesLeft: 3)))
        #expect(state.pin == PINScreen(triesLeft: 3))
        #expect(Kiosk.view(state).text.contains("Wrong PIN. 3 tries left."))
        state.send(.pinChecked(.wrong(triesLeft: 1)))
        #expect(state.pin?.triesLeft == 3, "a result nobody asked for is ignored")
    }

    @Test func lockedEndsTheSessionUntilTheTimeShown() {
        var state = Journey.checkingPIN()
        let until = Fixture.start.addingTimeInterval(15 * 60)
        let effects = state.send(.pinChecked(.locked(until: until)))
        #expect(effects == [.wipeScreen])
        #expect(state.citizen == nil)
        #expect(state.notice == Notice(.pinLocked(until: until)))
        #expect(Kiosk.view(state).text.contains("Too many wrong tries. Locked until 14:20."))
        state.send(.key(.enter))
        #expect(state.screen == .start)
    }

    @Test func acceptedOpensHome() {
        var state = Journey.checkingPIN()
        state.send(.pinChecked(.accepted))
        #expect(state.screen == .home(HomeScreen(highlighted: .myPass)))
        #expect(state.citizen == Fixture.citizen)
    }

    @Test func noPINOutcomeExplains() {
        var state = Journey.checkingPIN()
        state.send(.pinChecked(.noPIN))
        #expect(state.notice == Notice(.noPINYet))
        #expect(state.citizen == nil)
    }

    @Test func escapeGoesBackToWelcomeAndWipes() {
        var state = Journey.pin()
        state.send(Fixture.typing("12"))
        let effects = state.send(.key(.escape))
        #expect(effects == [.wipeScreen])
        #expect(state.screen == .start)
        #expect(state.citizen == nil)
    }

    @Test func fiveWrongPINsLockWithTheRealPolicy() throws {
        var state = Journey.pin()
        var credential: PINCredential? = try PINCredential.make(pin: "4321", salt: Data(repeating: 7, count: 16), costLog2: 4)
        let policy = PINPolicy()
        var seen: [PINPolicy.Outcome] = []
        for _ in 1...5 {
            let effects = state.send(Fixture.typing("1111") + [.key(.enter)])
            guard case .checkPIN(_, let pin) = effects.first else {
                Issue.record("no checkPIN in \(effects)")
                return
            }
            let (outcome, saved) = policy.check(pin, against: credential, now: state.now)
            credential = saved
            seen.append(outcome)
            state.send(.pinChecked(outcome))
        }
        #expect(seen.prefix(4) == [.wrong(triesLeft: 4), .wrong(triesLeft: 3), .wrong(triesLeft: 2), .wrong(triesLeft: 1)])
        #expect(seen.last == .locked(until: Fixture.start.addingTimeInterval(15 * 60)))
        #expect(state.notice == Notice(.pinLocked(until: Fixture.start.addingTimeInterval(15 * 60))))
        #expect(state.citizen == nil)
    }
}
