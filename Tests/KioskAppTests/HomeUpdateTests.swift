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
        var store = TestStore(Journey.home())
        let produced = store.send(.key(.character(key)), expecting: effects) {
            $0.screen = screen
            if key == "0" { $0.citizen = nil }
        }
        #expect(store.state.screen == screen)
        #expect(produced == effects)
    }

    @Test func arrowsMoveTheHighlightAndStopAtTheEnds() {
        var store = TestStore(Journey.home())
        store.send(.key(.up), expecting: [])
        #expect(store.state.screen == .home(HomeScreen(highlighted: .myPass)))
        store.send([.key(.down), .key(.down)], expecting: []) { $0.screen = .home(HomeScreen(highlighted: .myApplications)) }
        #expect(store.state.screen == .home(HomeScreen(highlighted: .myApplications)))
        store.send([.key(.down), .key(.down), .key(.down)], expecting: []) { $0.screen = .home(HomeScreen(highlighted: .signOut)) }
        #expect(store.state.screen == .home(HomeScreen(highlighted: .signOut)))
        store.send([.key(.up), .key(.up)], expecting: []) { $0.screen = .home(HomeScreen(highlighted: .myApplications)) }
        #expect(store.state.screen == .home(HomeScreen(highlighted: .myApplications)))
        store.send(.key(.enter), expecting: [.loadApplications(Fixture.cnic)]) { $0.screen = .applications(MyApplicationsScreen()) }
        #expect(store.state.screen == .applications(MyApplicationsScreen()))
    }

    @Test func enterOnSignOutAndEscapeBothSignOutWithAWipe() {
        var store = TestStore(Journey.home())
        store.send([.key(.down), .key(.down), .key(.down), .key(.down)], expecting: []) { $0.screen = .home(HomeScreen(highlighted: .signOut)) }
        let produced1 = store.send(.key(.enter), expecting: [.wipeScreen]) {
            $0.screen = .start
            $0.citizen = nil
        }
        #expect(produced1 == [.wipeScreen])
        #expect(store.state.screen == .start && store.state.citizen == nil)
        var other = TestStore(Journey.home())
        let produced2 = other.send(.key(.escape), expecting: [.wipeScreen]) {
            $0.screen = .start
            $0.citizen = nil
        }
        #expect(produced2 == [.wipeScreen])
        #expect(other.state.screen == .start && other.state.citizen == nil)
        #expect(other.state.idleWarningDeadline == nil && other.state.operatorExit == .idle)
    }

    @Test func escapeWhileWaitingGoesBackWithTheEntryStillHighlighted() {
        var store = TestStore(Journey.home())
        store.send([.key(.character("2")), .key(.character("5"))], expecting: [.loadServices]) { $0.screen = .services(ServiceListScreen()) }
        #expect(store.state.screen == .services(ServiceListScreen()))
        store.send(.key(.escape), expecting: []) { $0.screen = .home(HomeScreen(highlighted: .applyForService)) }
        #expect(store.state.screen == .home(HomeScreen(highlighted: .applyForService)))
        store.send(.servicesLoaded(available: [], unavailable: []), expecting: [])
        #expect(store.state.screen == .home(HomeScreen(highlighted: .applyForService)), "a late answer is ignored")
    }

    @Test func passLoadedIsEncodedAndKeptForTheSession() throws {
        var store = TestStore(Journey.home())
        store.send(.key(.character("1")), expecting: [.loadPass(Fixture.cnic)]) { $0.screen = .myPass(.preparing) }
        #expect(store.frame.text.contains("Preparing your pass…"))
        let matrix = try QREncoderShim.matrix(Fixture.passText)
        store.send(.passLoaded(text: Fixture.passText, validUntil: Fixture.validUntil), expecting: []) {
            $0.screen = .myPass(.ready(matrix))
            $0.citizen?.passText = Fixture.passText
            $0.citizen?.passValidUntil = Fixture.validUntil
        }
        #expect(store.state.screen == .myPass(.ready(matrix)))
        #expect(store.state.citizen?.passText == Fixture.passText)
        #expect(store.state.citizen?.passValidUntil == Fixture.validUntil)
        store.send(.key(.escape), expecting: []) { $0.screen = .home(HomeScreen(highlighted: .myPass)) }
        #expect(store.state.screen == .home(HomeScreen(highlighted: .myPass)))
        let again = store.send(.key(.character("1")), expecting: []) { $0.screen = .myPass(.ready(matrix)) }
        #expect(again == [], "the pass is loaded once per session")
        #expect(store.state.screen == .myPass(.ready(matrix)))
    }

    @Test func unencodablePassTextSaysAskAtTheCounter() {
        let text = "kp:lowercase is not alphanumeric"
        var store = TestStore(Journey.home())
        store.send([.key(.character("1")), .passLoaded(text: text, validUntil: Fixture.validUntil)], expecting: [.loadPass(Fixture.cnic)]) {
            $0.screen = .myPass(.unreadable)
            $0.citizen?.passText = text
            $0.citizen?.passValidUntil = Fixture.validUntil
        }
        #expect(store.state.screen == .myPass(.unreadable))
        #expect(store.frame.text.contains("Your pass cannot be shown here."))
    }

    @Test func passLoadedWhenNotAskedIsIgnored() {
        var store = TestStore(Journey.home())
        store.send(.passLoaded(text: Fixture.passText, validUntil: Fixture.validUntil), expecting: [])
        #expect(store.state.screen == .home(HomeScreen()))
        #expect(store.state.citizen?.passText == nil)
    }
}
