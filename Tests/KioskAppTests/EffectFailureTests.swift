import KioskApp
import Screen
import Testing

@Suite struct EffectFailureTests {
    @Test func failedLookupIsACalmNotice() {
        var store = TestStore(Journey.lookingUp())
        store.send(.effectFailed("database is locked"), expecting: []) {
            $0.screen = .notice(Notice(.somethingWentWrong(detail: "database is locked")))
        }
        #expect(store.state.notice == Notice(.somethingWentWrong(detail: "database is locked")))
        let text = store.frame.text
        #expect(text.contains("Something went wrong. Please try again, or ask at the counter."))
        store.send(.key(.enter), expecting: []) { $0.screen = .start }
        #expect(store.state.screen == .start)
    }

    @Test func failedPINCheckEndsTheSession() {
        var store = TestStore(Journey.checkingPIN())
        let produced1 = store.send(.effectFailed("disk I/O error"), expecting: [.wipeScreen]) {
            $0.citizen = nil
            $0.screen = .notice(Notice(.somethingWentWrong(detail: "disk I/O error")))
        }
        #expect(produced1 == [.wipeScreen])
        #expect(store.state.citizen == nil)
        #expect(store.state.notice?.exit == .welcome)
    }

    @Test func failedPassLoadGoesBackHome() {
        var store = TestStore(Journey.home())
        store.send(.key(.character("1")), expecting: [.loadPass(Fixture.cnic)]) { $0.screen = .myPass(.preparing) }
        store.send(.effectFailed("no signer key"), expecting: []) {
            $0.screen = .notice(Notice(.somethingWentWrong(detail: "no signer key"), exit: .home))
        }
        #expect(store.state.notice == Notice(.somethingWentWrong(detail: "no signer key"), exit: .home))
        #expect(store.state.citizen != nil)
        store.send(.key(.enter), expecting: []) { $0.screen = .home(HomeScreen()) }
        #expect(store.state.screen == .home(HomeScreen()))
    }

    @Test func failureNobodyWaitsForChangesNothing() {
        let home = Journey.home()
        var store = TestStore(home)
        let produced2 = store.send(.effectFailed("late"), expecting: [])
        #expect(produced2 == [])
        #expect(store.state == home)
    }

    @Test func escapeSequencesInTheDetailAreNotDrawn() {
        let detail = "bad\u{1B}[2J\u{1B}]0;pwned\u{07} thing"
        var store = TestStore(Journey.lookingUp())
        store.send(.effectFailed(detail), expecting: []) { $0.screen = .notice(Notice(.somethingWentWrong(detail: detail))) }
        let text = store.frame.text
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("pwned"))
        #expect(text.contains("bad thing"))
    }
}
