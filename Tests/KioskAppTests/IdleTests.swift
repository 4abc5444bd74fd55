import Foundation
import KioskApp
import Screen
import Testing

@Suite struct IdleTests {
    static func at(_ seconds: TimeInterval) -> KioskEvent { .tick(Fixture.start.addingTimeInterval(seconds)) }
    static func time(_ seconds: TimeInterval) -> Date { Fixture.start.addingTimeInterval(seconds) }

    @Test func anEmptyWelcomeNeverWarns() {
        var store = TestStore(Fixture.state())
        store.send([Self.at(60), Self.at(600)], expecting: []) { $0.now = Self.time(600) }
        #expect(store.state.idleWarningDeadline == nil)
    }

    @Test func pendingInputWarnsAfterSixtySecondsAndCountsDown() {
        var store = TestStore(Fixture.state())
        store.send(Fixture.typing("173"), expecting: []) { $0.welcome?.entry = CNICEntry(digits: "173") }
        store.send(Self.at(59), expecting: []) { $0.now = Self.time(59) }
        #expect(store.state.idleWarningDeadline == nil)
        store.send(Self.at(60), expecting: []) {
            $0.now = Self.time(60)
            $0.idleWarningDeadline = Self.time(70)
        }
        #expect(store.state.idleWarningDeadline == Fixture.start.addingTimeInterval(70))
        #expect(store.state.idleSecondsLeft == 10)
        #expect(store.frame.text.contains("Are you still there?"))
        #expect(store.frame.text.contains("Closing in 10 seconds"))
        store.send(Self.at(69), expecting: []) { $0.now = Self.time(69) }
        #expect(store.state.idleSecondsLeft == 1)
        #expect(store.frame.text.contains("Closing in 1 second"))
    }

    @Test func aKeyDismissesTheWarningAndIsNotActedOn() {
        var store = TestStore(Journey.home())
        store.send([Self.at(60)], expecting: []) {
            $0.now = Self.time(60)
            $0.idleWarningDeadline = Self.time(70)
        }
        #expect(store.state.idleWarningDeadline != nil)
        let effects = store.send(.key(.character("0")), expecting: []) {
            $0.idleWarningDeadline = nil
            $0.lastActivity = Self.time(60)
        }
        #expect(effects == [], "the 0 only dismissed the warning; it did not sign out")
        #expect(store.state.idleWarningDeadline == nil)
        #expect(store.state.screen == .home(HomeScreen()))
        #expect(store.state.lastActivity == Fixture.start.addingTimeInterval(60))
        store.send(Self.at(119), expecting: []) { $0.now = Self.time(119) }
        #expect(store.state.idleWarningDeadline == nil, "activity restarted the minute")
    }

    @Test func expiryWipesAndForgetsTheCitizen() {
        var store = TestStore(Journey.home())
        store.send(Self.at(60), expecting: []) {
            $0.now = Self.time(60)
            $0.idleWarningDeadline = Self.time(70)
        }
        let effects = store.send(Self.at(70), expecting: [.wipeScreen]) {
            $0.now = Self.time(70)
            $0.idleWarningDeadline = nil
            $0.citizen = nil
            $0.screen = .start
        }
        #expect(effects == [.wipeScreen])
        #expect(store.state.screen == .start)
        #expect(store.state.citizen == nil)
        #expect(store.state.idleWarningDeadline == nil)
    }

    @Test func expiryOnAHalfTypedCNICAlsoWipes() {
        var store = TestStore(Fixture.state())
        store.send(Fixture.typing("17301"), expecting: []) { $0.welcome?.entry = CNICEntry(digits: "17301") }
        store.send([Self.at(60)], expecting: []) {
            $0.now = Self.time(60)
            $0.idleWarningDeadline = Self.time(70)
        }
        let produced1 = store.send(Self.at(75), expecting: [.wipeScreen]) {
            $0.now = Self.time(75)
            $0.idleWarningDeadline = nil
            $0.screen = .start
        }
        #expect(produced1 == [.wipeScreen])
        #expect(store.state.screen == .start)
    }

    @Test func ctrlCDoesNotDismissTheWarning() {
        var store = TestStore(Journey.pin())
        store.send(Self.at(61), expecting: []) {
            $0.now = Self.time(61)
            $0.idleWarningDeadline = Self.time(71)
        }
        store.send(.key(.control("c")), expecting: [])
        #expect(store.state.idleWarningDeadline != nil)
    }

    @Test func customTimeoutsAreHonoured() {
        var settings = Fixture.settings
        settings.idleTimeout = 5
        settings.idleWarning = 3
        var store = TestStore(Journey.home(settings: settings))
        store.send(Self.at(5), expecting: []) {
            $0.now = Self.time(5)
            $0.idleWarningDeadline = Self.time(8)
        }
        #expect(store.state.idleSecondsLeft == 3)
        let produced2 = store.send(Self.at(8), expecting: [.wipeScreen]) {
            $0.now = Self.time(8)
            $0.idleWarningDeadline = nil
            $0.citizen = nil
            $0.screen = .start
        }
        #expect(produced2 == [.wipeScreen])
    }
}
