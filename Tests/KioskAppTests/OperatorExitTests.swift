import KioskApp
import Screen
import Testing

@Suite struct OperatorExitTests {
    static func prompt(from state: KioskState = Journey.home()) -> KioskState {
        var state = state
        state.send([.key(.control("x")), .key(.control("q"))])
        return state
    }

    @Test func chordOpensAMaskedPrompt() {
        var state = Self.prompt()
        #expect(state.operatorExit == .enteringPassword(""))
        state.send(Fixture.typing("s3cret") + [.key(.backspace)])
        #expect(state.operatorExit == .enteringPassword("s3cre"))
        let text = Kiosk.view(state).text
        #expect(text.contains("Password: ●●●●●"))
        #expect(!text.contains("s3cre"))
        #expect(state.screen == .home(HomeScreen()), "the screen under the prompt is untouched")
    }

    @Test func rightPasswordWipesAndQuits() {
        var state = Self.prompt()
        let asked = state.send(Fixture.typing("s3cret") + [.key(.enter)])
        #expect(asked == [.checkOperatorPassword("s3cret")])
        #expect(state.operatorExit == .checking)
        let produced1 = state.send(Fixture.typing("zz"))
        #expect(produced1 == [])
        let effects = state.send(.operatorPasswordChecked(true))
        #expect(effects == [.wipeScreen, .quit])
        #expect(state.citizen == nil)
    }

    @Test func wrongPasswordGoesBackToWelcomeAndSaysSo() {
        var state = Self.prompt()
        state.send(Fixture.typing("guess") + [.key(.enter)])
        let effects = state.send(.operatorPasswordChecked(false))
        #expect(effects == [.wipeScreen], "a citizen was signed in")
        #expect(state.screen == .welcome(WelcomeScreen(note: .wrongOperatorPassword)))
        #expect(state.operatorExit == .idle)
        #expect(Kiosk.view(state).text.contains("Wrong password."))
    }

    @Test func escapeCancelsAndEmptyEnterDoesNothing() {
        var state = Self.prompt()
        let produced2 = state.send(.key(.enter))
        #expect(produced2 == [])
        state.send(.key(.escape))
        #expect(state.operatorExit == .idle)
        #expect(state.screen == .home(HomeScreen()))
    }

    @Test func anotherKeyAfterCtrlXCancelsTheChordAndStillCounts() {
        var state = Journey.home()
        state.send(.key(.control("x")))
        #expect(state.operatorExit == .chordStarted)
        state.send(.key(.character("2")))
        #expect(state.operatorExit == .idle)
        #expect(state.screen == .services(ServiceListScreen()))
    }

    @Test func checkedWhenNotAskedIsIgnored() {
        var state = Journey.home()
        let produced3 = state.send(.operatorPasswordChecked(true))
        #expect(produced3 == [])
        #expect(state.screen == .home(HomeScreen()))
    }

    static let everyScreen: [KioskState] = [
        Fixture.state(), Journey.lookingUp(), Journey.pin(), Journey.checkingPIN(), Journey.home(), Journey.myPass(), prompt(),
    ]

    @Test(arguments: everyScreen)
    func ctrlCDoesNothingAnywhere(_ state: KioskState) {
        var after = state
        let effects = after.send(.key(.control("c")))
        #expect(effects == [])
        #expect(after == state)
    }
}

@Suite struct QuitRequestTests {
    @Test func aStopSignalWipesAndQuitsFromAnyScreen() {
        var home = Journey.home()
        #expect(home.send(.quitRequested) == [.wipeScreen, .quit])
        var welcome = Fixture.state()
        #expect(welcome.send(.quitRequested) == [.wipeScreen, .quit])
    }
}
