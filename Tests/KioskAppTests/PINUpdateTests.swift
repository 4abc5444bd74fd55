import Foundation
import IdentityCore
import KioskApp
import Screen
import Testing

@Suite struct PINUpdateTests {
    @Test func digitsUpToFourThenEnterChecks() {
        var store = TestStore(Journey.pin())
        store.send(Fixture.typing("12345"), expecting: []) { $0.pin?.digits = "1234" }
        #expect(store.state.pin?.digits == "1234")
        let effects = store.send(.key(.enter), expecting: [.checkPIN(Fixture.cnic, pin: "1234")]) { $0.pin = PINScreen(isChecking: true) }
        #expect(effects == [.checkPIN(Fixture.cnic, pin: "1234")])
        #expect(store.state.pin == PINScreen(isChecking: true))
    }

    @Test func enterWithFewerThanFourDigitsWaits() {
        var store = TestStore(Journey.pin())
        let effects = store.send(Fixture.typing("123") + [.key(.enter)], expecting: []) { $0.pin?.digits = "123" }
        #expect(effects == [])
        #expect(store.state.pin?.digits == "123")
    }

    @Test func backspaceAndLettersAreHandled() {
        var store = TestStore(Journey.pin())
        store.send(Fixture.typing("12a") + [.key(.backspace)], expecting: []) { $0.pin?.digits = "1" }
        #expect(store.state.pin?.digits == "1")
    }

    @Test func wrongPINClearsAndSaysHowManyTriesAreLeft() {
        var store = TestStore(Journey.checkingPIN())
        store.send(.pinChecked(.wrong(triesLeft: 3)), expecting: []) { $0.pin = PINScreen(triesLeft: 3) }
        #expect(store.state.pin == PINScreen(triesLeft: 3))
        #expect(store.frame.text.contains("Wrong PIN. 3 tries left."))
        store.send(.pinChecked(.wrong(triesLeft: 1)), expecting: [])
        #expect(store.state.pin?.triesLeft == 3, "a result nobody asked for is ignored")
    }

    @Test func lockedEndsTheSessionUntilTheTimeShown() {
        var store = TestStore(Journey.checkingPIN())
        let until = Fixture.start.addingTimeInterval(15 * 60)
        let effects = store.send(.pinChecked(.locked(until: until)), expecting: [.wipeScreen]) {
            $0.citizen = nil
            $0.screen = .notice(Notice(.pinLocked(until: until)))
        }
        #expect(effects == [.wipeScreen])
        #expect(store.state.citizen == nil)
        #expect(store.state.notice == Notice(.pinLocked(until: until)))
        #expect(store.frame.text.contains("Too many wrong tries. Locked until 14:20."))
        store.send(.key(.enter), expecting: []) { $0.screen = .start }
        #expect(store.state.screen == .start)
    }

    @Test func acceptedOpensHome() {
        var store = TestStore(Journey.checkingPIN())
        store.send(.pinChecked(.accepted), expecting: []) { $0.screen = .home(HomeScreen()) }
        #expect(store.state.screen == .home(HomeScreen(highlighted: .myPass)))
        #expect(store.state.citizen == Fixture.citizen)
    }

    @Test func noPINOutcomeExplains() {
        var store = TestStore(Journey.checkingPIN())
        store.send(.pinChecked(.noPIN), expecting: [.wipeScreen]) {
            $0.citizen = nil
            $0.screen = .notice(Notice(.noPINYet))
        }
        #expect(store.state.notice == Notice(.noPINYet))
        #expect(store.state.citizen == nil)
    }

    @Test func escapeGoesBackToWelcomeAndWipes() {
        var store = TestStore(Journey.pin())
        store.send(Fixture.typing("12"), expecting: []) { $0.pin?.digits = "12" }
        let effects = store.send(.key(.escape), expecting: [.wipeScreen]) {
            $0.citizen = nil
            $0.screen = .start
        }
        #expect(effects == [.wipeScreen])
        #expect(store.state.screen == .start)
        #expect(store.state.citizen == nil)
    }

    @Test func fiveWrongPINsLockWithTheRealPolicy() throws {
        var store = TestStore(Journey.pin())
        var credential: PINCredential? = try PINCredential.make(pin: "4321", salt: Data(repeating: 7, count: 16), costLog2: 4)
        let policy = PINPolicy()
        var seen: [PINPolicy.Outcome] = []
        for _ in 1...5 {
            let effects = store.send(Fixture.typing("1111") + [.key(.enter)], expecting: [.checkPIN(Fixture.cnic, pin: "1111")]) {
                $0.pin?.isChecking = true
            }
            guard case .checkPIN(_, let pin) = effects.first else {
                Issue.record("no checkPIN in \(effects)")
                return
            }
            let (outcome, saved) = policy.check(pin, against: credential, now: store.state.now)
            credential = saved
            seen.append(outcome)
            if case .wrong(let triesLeft) = outcome {
                store.send(.pinChecked(outcome), expecting: []) { $0.pin = PINScreen(triesLeft: triesLeft) }
            } else {
                store.send(.pinChecked(outcome), expecting: [.wipeScreen]) {
                    $0.citizen = nil
                    $0.screen = .notice(Notice(.pinLocked(until: Fixture.start.addingTimeInterval(15 * 60))))
                }
            }
        }
        #expect(seen.prefix(4) == [.wrong(triesLeft: 4), .wrong(triesLeft: 3), .wrong(triesLeft: 2), .wrong(triesLeft: 1)])
        #expect(seen.last == .locked(until: Fixture.start.addingTimeInterval(15 * 60)))
        #expect(store.state.notice == Notice(.pinLocked(until: Fixture.start.addingTimeInterval(15 * 60))))
        #expect(store.state.citizen == nil)
    }
}
