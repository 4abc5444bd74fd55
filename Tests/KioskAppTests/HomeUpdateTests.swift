import IdentityCore
import KioskApp
import Screen
import Testing

@Suite struct HomeUpdateTests {
    static let digitCases: [(Character, KioskScreen, [KioskEffect])] = [
        ("1", .myPass(.preparing), [.loadPass(Fixture.cnic)]),
        ("2", .services(ServiceListScreen()), [.loadServices]),
        ("3", .applications(MyApplicationsScreen()), [.loadApplications(Fixture.cnic)]),
        ("0", .start, [.wipeScreen]),
        ("7", .home(HomeScreen()), []),
        ("x", .home(HomeScreen()), []),
    ]

    @Test(arguments: digitCases)
    func digitKeysChooseDirectly(key: Character, screen: KioskScreen, effects: [KioskEffect]) {
        var state = Journey.home()
        let produced = state.send(.key(.character(key)))
        #expect(state.screen == screen)
        #expect(produced == effects)
    }

    @Test func arrowsMoveTheHighlightAndStopAtTheEnds() {
        var state = Journey.home()
        state.send(.key(.up))
        #expect(state.screen == .home(HomeScreen(highlighted: .myPass)))
        state.send([.key(.down), .key(.down)])
        #expect(state.screen == .home(HomeScreen(highlighted: .myApplications)))
        state.send([.key(.down), .key(.down)])
        #expect(state.screen == .home(HomeScreen(highlighted: .signOut)))
        state.send(.key(.up))
        #expect(state.screen == .home(HomeScreen(highlighted: .myApplications)))
        state.send(.key(.enter))
        #expect(state.screen == .applications(MyApplicationsScreen()))
    }

    @Test func enterOnSignOutAndEscapeBothSignOutWithAWipe() {
        var state = Journey.home()
        state.send([.key(.down), .key(.down), .key(.down)])
        let produced1 = state.send(.key(.enter))
        #expect(produced1 == [.wipeScreen])
        #expect(state.screen == .start && state.citizen == nil)
        var other = Journey.home()
        let produced2 = other.send(.key(.escape))
        #expect(produced2 == [.wipeScreen])
        #expect(other.screen == .start && other.citizen == nil)
        #expect(other.idleWarningDeadline == nil && other.operatorExit == .idle)
    }

    @Test func escapeWhileWaitingGoesBackWithTheEntryStillHighlighted() {
        var state = Journey.home()
        state.send([.key(.character("2")), .key(.character("5"))])
        #expect(state.screen == .services(ServiceListScreen()))
        state.send(.key(.escape))
        #expect(state.screen == .home(HomeScreen(highlighted: .applyForService)))
        state.send(.servicesLoaded(available: [], unavailable: []))
        #expect(state.screen == .home(HomeScreen(highlighted: .applyForService)), "a late answer is ignored")
    }

    @Test func passLoadedIsEncodedAndKeptForTheSession() throws {
        var state = Journey.home()
        state.send(.key(.character("1")))
        #expect(Kiosk.view(state).text.contains("Preparing your pass…"))
        state.send(.passLoaded(text: Fixture.passText, validUntil: Fixture.validUntil))
        let matrix = try QREncoderShim.matrix(Fixture.passText)
        #expect(state.screen == .myPass(.ready(matrix)))
        #expect(state.citizen?.passText == Fixture.passText)
        #expect(state.citizen?.passValidUntil == Fixture.validUntil)
        state.send(.key(.escape))
        #expect(state.screen == .home(HomeScreen(highlighted: .myPass)))
        let again = state.send(.key(.character("1")))
        #expect(again == [], "the pass is loaded once per session")
        #expect(state.screen == .myPass(.ready(matrix)))
    }

    @Test func unencodablePassTextSaysAskAtTheCounter() {
        var state = Journey.home()
        state.send([.key(.character("1")), .passLoaded(text: "kp:lowercase is not alphanumeric", validUntil: Fixture.validUntil)])
        #expect(state.screen == .myPass(.unreadable))
        #expect(Kiosk.view(state).text.contains("Your pass cannot be shown here."))
    }

    @Test func passLoadedWhenNotAskedIsIgnored() {
        var state = Journey.home()
        state.send(.passLoaded(text: Fixture.passText, validUntil: Fixture.validUntil))
        #expect(state.screen == .home(HomeScreen()))
        #expect(state.citizen?.passText == nil)
    }
}
