import KioskApp
import Screen
import Testing

@Suite struct EffectFailureTests {
    @Test func failedLookupIsACalmNotice() {
        var state = Journey.lookingUp()
        state.send(.effectFailed("database is locked"))
        #expect(state.notice == Notice(.somethingWentWrong(detail: "database is locked")))
        let text = Kiosk.view(state).text
        #expect(text.contains("Something went wrong. Please try again, or ask at the counter."))
        state.send(.key(.enter))
        #expect(state.screen == .start)
    }

    @Test func failedPINCheckEndsTheSession() {
        var state = Journey.checkingPIN()
        let produced1 = state.send(.effectFailed("disk I/O error"))
        #expect(produced1 == [.wipeScreen])
        #expect(state.citizen == nil)
        #expect(state.notice?.exit == .welcome)
    }

    @Test func failedPassLoadGoesBackHome() {
        var state = Journey.home()
        state.send([.key(.character("1")), .effectFailed("no signer key")])
        #expect(state.notice == Notice(.somethingWentWrong(detail: "no signer key"), exit: .home))
        #expect(state.citizen != nil)
        state.send(.key(.enter))
        #expect(state.screen == .home(HomeScreen()))
    }

    @Test func failureNobodyWaitsForChangesNothing() {
        let home = Journey.home()
        var state = home
        let produced2 = state.send(.effectFailed("late"))
        #expect(produced2 == [])
        #expect(state == home)
    }

    @Test func escapeSequencesInTheDetailAreNotDrawn() {
        var state = Journey.lookingUp()
        state.send(.effectFailed("bad\u{1B}[2J\u{1B}]0;pwned\u{07} thing"))
        let text = Kiosk.view(state).text
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("pwned"))
        #expect(text.contains("bad thing"))
    }
}
