@testable import KioskApp
import Screen
import Testing

/// The router's one write: what each transition does to the state, whatever the reducer saw.
@Suite struct ScreenTransitionTests {
    @Test func stayWritesThePayloadBackOnItsOwnScreen() {
        var store = TestStore(Journey.home())
        var state = store.state
        let effects = state.apply(.stay(HomeScreen(highlighted: .signOut), effects: [.loadServices]), staying: KioskScreen.home)
        #expect(effects == [.loadServices])
        #expect(state.screen == .home(HomeScreen(highlighted: .signOut)))
        store.send([.key(.down), .key(.down), .key(.down), .key(.down)], expecting: []) { $0.screen = state.screen }
    }

    @Test func goReplacesTheScreenAndKeepsTheCitizen() {
        var state = Journey.home()
        let effects = state.apply(ScreenTransition<HomeScreen>.go(.myPass(.preparing), effects: [.loadPass(Fixture.cnic)]), staying: KioskScreen.home)
        #expect(effects == [.loadPass(Fixture.cnic)])
        #expect(state.screen == .myPass(.preparing))
        #expect(state.citizen == Fixture.citizen)
    }

    @Test func homeWithoutACitizenIsWelcome() {
        var state = Fixture.state()
        state.screen = .notice(Notice(.noPINYet, exit: .home))
        let effects = state.apply(ScreenTransition<Notice>.home(), staying: KioskScreen.notice)
        #expect(effects == [])
        #expect(state.screen == .start)
    }

    @Test func endingASessionWipesAndForgetsTheCitizen() {
        var state = Journey.home()
        state.operatorExit = .chordStarted
        let effects = state.apply(ScreenTransition<HomeScreen>.endSession(.noPINYet), staying: KioskScreen.home)
        #expect(effects == [.wipeScreen])
        #expect(state.citizen == nil && state.operatorExit == .idle)
        #expect(state.screen == .notice(Notice(.noPINYet, exit: .welcome)))
    }
}
