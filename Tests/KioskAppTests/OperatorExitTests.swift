import KioskApp
import Screen
import Testing

@Suite struct OperatorExitTests {
    static func prompt(from state: KioskState = Journey.home()) -> KioskState {
        Journey.reach(state, by: [.key(.control("x")), .key(.control("q"))], expecting: [])
    }

    @Test func chordOpensAMaskedPrompt() {
        var store = TestStore(Self.prompt())
        #expect(store.state.operatorExit == .enteringPassword(""))
        store.send(Fixture.typing("s3cret") + [.key(.backspace)], expecting: []) { $0.operatorExit = .enteringPassword("s3cre") }
        #expect(store.state.operatorExit == .enteringPassword("s3cre"))
        let text = store.frame.text
        #expect(text.contains("Password: ●●●●●"))
        #expect(!text.contains("s3cre"))
        #expect(store.state.screen == .home(HomeScreen()), "the screen under the prompt is untouched")
    }

    @Test func rightPasswordWipesAndQuits() {
        var store = TestStore(Self.prompt())
        let asked = store.send(Fixture.typing("s3cret") + [.key(.enter)], expecting: [.checkOperatorPassword("s3cret")]) {
            $0.operatorExit = .checking
        }
        #expect(asked == [.checkOperatorPassword("s3cret")])
        #expect(store.state.operatorExit == .checking)
        let produced1 = store.send(Fixture.typing("zz"), expecting: [])
        #expect(produced1 == [])
        let effects = store.send(.operatorPasswordChecked(true), expecting: [.wipeScreen, .quit]) {
            $0.operatorExit = .idle
            $0.citizen = nil
            $0.screen = .start
        }
        #expect(effects == [.wipeScreen, .quit])
        #expect(store.state.citizen == nil)
    }

    @Test func wrongPasswordGoesBackToWelcomeAndSaysSo() {
        var store = TestStore(Self.prompt())
        store.send(Fixture.typing("guess") + [.key(.enter)], expecting: [.checkOperatorPassword("guess")]) { $0.operatorExit = .checking }
        let effects = store.send(.operatorPasswordChecked(false), expecting: [.wipeScreen]) {
            $0.operatorExit = .idle
            $0.citizen = nil
            $0.screen = .welcome(WelcomeScreen(note: .wrongOperatorPassword))
        }
        #expect(effects == [.wipeScreen], "a citizen was signed in")
        #expect(store.state.screen == .welcome(WelcomeScreen(note: .wrongOperatorPassword)))
        #expect(store.state.operatorExit == .idle)
        #expect(store.frame.text.contains("Wrong password."))
    }

    @Test func escapeCancelsAndEmptyEnterDoesNothing() {
        var store = TestStore(Self.prompt())
        let produced2 = store.send(.key(.enter), expecting: [])
        #expect(produced2 == [])
        store.send(.key(.escape), expecting: []) { $0.operatorExit = .idle }
        #expect(store.state.operatorExit == .idle)
        #expect(store.state.screen == .home(HomeScreen()))
    }

    @Test func anotherKeyAfterCtrlXCancelsTheChordAndStillCounts() {
        var store = TestStore(Journey.home())
        store.send(.key(.control("x")), expecting: []) { $0.operatorExit = .chordStarted }
        #expect(store.state.operatorExit == .chordStarted)
        store.send(.key(.character("2")), expecting: [.loadServices]) {
            $0.operatorExit = .idle
            $0.screen = .services(ServiceListScreen())
        }
        #expect(store.state.operatorExit == .idle)
        #expect(store.state.screen == .services(ServiceListScreen()))
    }

    @Test func checkedWhenNotAskedIsIgnored() {
        var store = TestStore(Journey.home())
        let produced3 = store.send(.operatorPasswordChecked(true), expecting: [])
        #expect(produced3 == [])
        #expect(store.state.screen == .home(HomeScreen()))
    }

    static let everyScreen: [KioskState] = [
        Fixture.state(), Journey.lookingUp(), Journey.pin(), Journey.checkingPIN(), Journey.home(), Journey.myPass(), prompt(),
    ]

    @Test(arguments: everyScreen)
    func ctrlCDoesNothingAnywhere(_ state: KioskState) {
        var after = TestStore(state)
        let effects = after.send(.key(.control("c")), expecting: [])
        #expect(effects == [])
        #expect(after.state == state)
    }
}

@Suite struct QuitRequestTests {
    @Test func aStopSignalWipesAndQuitsFromAnyScreen() {
        var home = TestStore(Journey.home())
        #expect(home.send(.quitRequested, expecting: [.wipeScreen, .quit]) == [.wipeScreen, .quit])
        var welcome = TestStore(Fixture.state())
        #expect(welcome.send(.quitRequested, expecting: [.wipeScreen, .quit]) == [.wipeScreen, .quit])
    }
}

/// The operator prompt carries the trust and clock warnings (operators only; the citizen's screens don't).
@Suite struct OperatorTrustWarningTests {
    @Test func thePromptShowsEveryTrustWarningInWordsAndTheHomeScreenDoesNot() {
        var home = Journey.home()
        let expiry = home.now.addingTimeInterval(-2 * 86_400)
        home.connection.trustWarnings = [.expired(since: expiry), .clockOff(seconds: -7 * 60)]
        let citizenText = TestStore(home).frame.text
        #expect(!citizenText.contains("Trust list") && !citizenText.contains("Clock off"))
        let store = TestStore(OperatorExitTests.prompt(from: home))
        let text = store.frame.text
        #expect(text.contains("Trust list EXPIRED"), "\(text)")
        #expect(text.contains("Clock off by 7 min (behind the central)"), "\(text)")
        #expect(text.contains("Password:"))
    }

    @Test func anExpiringListSaysInHowManyDays() {
        var home = Journey.home()
        home.connection.trustWarnings = [.expiringSoon(expiresAt: home.now.addingTimeInterval(5 * 86_400 - 60))]
        let text = TestStore(OperatorExitTests.prompt(from: home)).frame.text
        #expect(text.contains("Trust list expires in 5 days"), "\(text)")
    }
}
