import Foundation
import IdentityCore
import KioskApp
import Screen
import Testing

/// Operator sign-in: the desk opens on it, the password shows as dots, every answer of the
/// directory leads where it should, a first-time code leads to a new password typed twice.
@Suite struct OperatorSignInTests {
    @Test func deskOpensOnSignInAndShowsOnlyDots() {
        var store = TestStore(DeskFixture.start())
        #expect(store.state.screen == .desk(.signIn(OperatorSignInScreen())))
        store.send(Fixture.typing("OP-0042") + [.key(.tab)] + Fixture.typing("s3cret!"), expecting: []) {
            $0.screen = .desk(.signIn(OperatorSignInScreen(id: "OP-0042", secret: "s3cret!", focus: .secret)))
        }
        let text = store.frame.text
        #expect(text.contains("Operator id: OP-0042"))
        #expect(text.contains("Password:    ●●●●●●●"))
        #expect(!text.contains("s3cret"))
        let effects = store.send(.key(.enter), expecting: [.desk(.signIn(id: "OP-0042", secret: "s3cret!"))]) {
            $0.screen = .desk(.signIn(OperatorSignInScreen(id: "OP-0042", secret: "s3cret!", focus: .secret, isChecking: true)))
        }
        #expect(effects.count == 1)
    }

    @Test func signedInShowsWhoOnEveryOperatorScreen() {
        let state = DeskFixture.menu()
        #expect(state.operatorSession?.signedIn == DeskFixture.clerk)
        #expect(state.screen == .desk(.menu(DeskMenuScreen())))
        #expect(Kiosk.view(state).text.contains("Signed in: OP-0042 Amina Bibi (operator)"))
        for keys in [[KioskEvent.key(.character("1"))], [.key(.character("2"))]] {
            let next = Journey.reach(state, by: keys, expecting: keys == [.key(.character("2"))] ? [.desk(.loadOutbox)] : [])
            #expect(Kiosk.view(next).text.contains("Signed in: OP-0042 Amina Bibi"), "\(next.screen)")
        }
        let record = DeskFixture.recordScreen()
        #expect(Kiosk.view(record).text.contains("Signed in: OP-0042 Amina Bibi"))
    }

    @Test func everyRefusalSaysWhyAndForgetsThePassword() {
        let lockedUntil = Fixture.start.addingTimeInterval(900)
        let answers: [(DeskSignInResult, SignInNote, String)] = [
            (.refused("Wrong password."), .refused("Wrong password."), "Wrong password."),
            (.lockedOut(until: lockedUntil), .lockedOut(until: lockedUntil), "Too many failed sign-ins. Locked until 14:20."),
            (.unknownOrDisabled, .unknownOrDisabled, "No such operator at this centre, or the account is disabled."),
        ]
        for (answer, note, words) in answers {
            let checking = Journey.reach(DeskFixture.start(), by: DeskFixture.signInKeys("OP-0042", "guess"), expecting: [.desk(.signIn(id: "OP-0042", secret: "guess"))])
            var store = TestStore(checking)
            store.send(.desk(.signInAnswered(answer)), expecting: []) {
                $0.screen = .desk(.signIn(OperatorSignInScreen(id: "OP-0042", focus: .secret, note: note)))
            }
            #expect(store.state.operatorSession == nil)
            #expect(store.frame.text.contains(words))
        }
    }

    @Test func firstTimeCodeLeadsToANewPasswordTypedTwice() {
        let checking = Journey.reach(DeskFixture.start(), by: DeskFixture.signInKeys("OP-0042", "ONE-TIME-77"), expecting: [.desk(.signIn(id: "OP-0042", secret: "ONE-TIME-77"))])
        var state = Journey.reach(checking, by: [.desk(.signInAnswered(.mustSetPassword(DeskFixture.clerk)))], expecting: [])
        #expect(state.screen == .desk(.setPassword(SetPasswordScreen(account: DeskFixture.clerk, code: "ONE-TIME-77"))))
        #expect(state.operatorSession == nil, "not signed in until the password is set")
        state = Journey.reach(state, by: Fixture.typing("short") + [.key(.enter)], expecting: [])
        #expect(Kiosk.view(state).text.contains("at least 8 characters"))
        state = Journey.reach(state, by: Fixture.typing("-enough") + [.key(.enter)] + Fixture.typing("different!") + [.key(.enter)], expecting: [])
        #expect(Kiosk.view(state).text.contains("The two passwords differ."))
        state = Journey.reach(state, by: Fixture.typing("tulip-garden") + [.key(.enter)] + Fixture.typing("tulip-garden") + [.key(.enter)],
                              expecting: [.desk(.setPassword(id: "OP-0042", code: "ONE-TIME-77", newPassword: "tulip-garden"))])
        #expect(!Kiosk.view(state).text.contains("tulip"))
        let refused = Journey.reach(state, by: [.desk(.passwordRefused("That password is too common."))], expecting: [])
        #expect(Kiosk.view(refused).text.contains("That password is too common."))
        let signedIn = Journey.reach(state, by: [.desk(.passwordSet(DeskFixture.clerk))], expecting: [])
        #expect(signedIn.operatorSession?.signedIn == DeskFixture.clerk)
        #expect(signedIn.screen == .desk(.menu(DeskMenuScreen())))
    }

    @Test func signOutWipesAndReturnsToSignInWithTheAuditEffect() {
        var store = TestStore(DeskFixture.menu())
        store.send(.key(.character("0")), expecting: [.wipeScreen, .desk(.signOut(operatorID: "OP-0042"))]) {
            $0.operatorSession = nil
            $0.screen = .desk(.signIn(OperatorSignInScreen()))
        }
    }

    @Test func idleSignsTheOperatorOut() {
        let record = DeskFixture.recordScreen()
        var state = Journey.reach(record, by: [.tick(Fixture.start.addingTimeInterval(301))], expecting: [])
        #expect(state.idleSecondsLeft == 10, "the warning counts down first")
        let effects = Kiosk.update(&state, .tick(Fixture.start.addingTimeInterval(312)))
        #expect(effects == [.wipeScreen, .desk(.signOut(operatorID: "OP-0042"))])
        #expect(state.operatorSession == nil)
        #expect(state.screen == .desk(.signIn(OperatorSignInScreen())))
    }

    @Test func restingSignInNeverWarnsIdle() {
        var state = DeskFixture.start()
        _ = Kiosk.update(&state, .tick(Fixture.start.addingTimeInterval(3600)))
        #expect(state.idleWarningDeadline == nil)
    }

    @Test func walkInKioskReachesSignInWithTheChordAndEscGoesBack() {
        let home = Journey.home()
        var state = Journey.reach(home, by: [.key(.control("x")), .key(.control("o"))], expecting: [.wipeScreen])
        #expect(state.citizen == nil, "the citizen's session ended")
        #expect(state.screen == .desk(.signIn(OperatorSignInScreen())))
        state = Journey.reach(state, by: [.key(.escape)], expecting: [.wipeScreen])
        #expect(state.screen == .start)
    }
}
