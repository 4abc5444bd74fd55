import Foundation
import KioskApp
import Screen
import Testing

@Suite struct IdleTests {
    static func at(_ seconds: TimeInterval) -> KioskEvent { .tick(Fixture.start.addingTimeInterval(seconds)) }

    @Test func anEmptyWelcomeNeverWarns() {
        var state = Fixture.state()
        state.send([Self.at(60), Self.at(600)])
        #expect(state.idleWarningDeadline == nil)
    }

    @Test func pendingInputWarnsAfterSixtySecondsAndCountsDown() {
        var state = Fixture.state()
        state.send(Fixture.typing("173"))
        state.send(Self.at(59))
        #expect(state.idleWarningDeadline == nil)
        state.send(Self.at(60))
        #expect(state.idleWarningDeadline == Fixture.start.addingTimeInterval(70))
        #expect(state.idleSecondsLeft == 10)
        #expect(Kiosk.view(state).text.contains("Are you still there?"))
        #expect(Kiosk.view(state).text.contains("Closing in 10 seconds"))
        state.send(Self.at(69))
        #expect(state.idleSecondsLeft == 1)
        #expect(Kiosk.view(state).text.contains("Closing in 1 second"))
    }

    @Test func aKeyDismissesTheWarningAndIsNotActedOn() {
        var state = Journey.home()
        state.send([Self.at(60)])
        #expect(state.idleWarningDeadline != nil)
        let effects = state.send(.key(.character("0")))
        #expect(effects == [], "the 0 only dismissed the warning; it did not sign out")
        #expect(state.idleWarningDeadline == nil)
        #expect(state.screen == .home(HomeScreen()))
        #expect(state.lastActivity == Fixture.start.addingTimeInterval(60))
        state.send(Self.at(119))
        #expect(state.idleWarningDeadline == nil, "activity restarted the minute")
    }

    @Test func expiryWipesAndForgetsTheCitizen() {
        var state = Journey.home()
        state.send(Self.at(60))
        let effects = state.send(Self.at(70))
        #expect(effects == [.wipeScreen])
        #expect(state.screen == .start)
        #expect(state.citizen == nil)
        #expect(state.idleWarningDeadline == nil)
    }

    @Test func expiryOnAHalfTypedCNICAlsoWipes() {
        var state = Fixture.state()
        state.send(Fixture.typing("17301"))
        state.send([Self.at(60)])
        let produced1 = state.send(Self.at(75))
        #expect(produced1 == [.wipeScreen])
        #expect(state.screen == .start)
    }

    @Test func ctrlCDoesNotDismissTheWarning() {
        var state = Journey.pin()
        state.send(Self.at(61))
        state.send(.key(.control("c")))
        #expect(state.idleWarningDeadline != nil)
    }

    @Test func customTimeoutsAreHonoured() {
        var settings = Fixture.settings
        settings.idleTimeout = 5
        settings.idleWarning = 3
        var state = Journey.home(settings: settings)
        state.send(Self.at(5))
        #expect(state.idleSecondsLeft == 3)
        let produced2 = state.send(Self.at(8))
        #expect(produced2 == [.wipeScreen])
    }
}
