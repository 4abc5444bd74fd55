import Foundation
import IdentityCore
import KioskApp
import Screen
import Testing

/// Whole screens as text at 80×24 and 120×40; expected files live in Snapshots/.
@Suite struct SnapshotTests {
    /// Every screen worth looking at, reached by events, at a given size and glyph mode.
    static func screens(width: Int, height: Int, settings: KioskSettings) -> [(String, KioskState)] {
        func journey(_ base: KioskState, _ events: [KioskEvent], _ effects: [KioskEffect] = []) -> KioskState {
            Journey.reach(base, by: events, expecting: effects)
        }
        let welcome = Fixture.state(width: width, height: height, settings: settings)
        let lookingUp = Journey.lookingUp(width: width, height: height, settings: settings)
        let pin = Journey.pin(width: width, height: height, settings: settings)
        let home = Journey.home(width: width, height: height, settings: settings)
        return [
            ("welcome", welcome),
            ("welcome-typing", journey(welcome, Fixture.typing("173011234"))),
            ("welcome-invalid", journey(welcome, Fixture.typing("9730112345671") + [.key(.enter)])),
            ("welcome-reading-pass", journey(welcome, Fixture.typing("KP:NCF"))),
            ("welcome-not-a-pass", journey(welcome, Fixture.typing("hello") + [.key(.enter)])),
            ("pin", journey(pin, Fixture.typing("12"))),
            ("pin-wrong", journey(pin, Fixture.typing("1234") + [.key(.enter), .pinChecked(.wrong(triesLeft: 2))], [.checkPIN(Fixture.cnic, pin: "1234")])),
            ("home", journey(home, [.key(.down)])),
            ("my-pass-preparing", journey(home, [.key(.character("1"))], [.loadPass(Fixture.cnic)])),
            ("my-pass", Journey.myPass(width: width, height: height, settings: settings)),
            ("notice-not-found", journey(lookingUp, [.citizenNotFound(Fixture.cnic)])),
            ("notice-no-pin", journey(lookingUp, [.citizenFound(Fixture.citizen, hasPIN: false)])),
            ("notice-expired", journey(welcome, Fixture.typing(Fixture.passText) + [.key(.enter), .passVerified(.expired(Fixture.claims), nil)], [.verifyScannedPass(Fixture.passText)])),
            ("notice-locked", journey(pin, Fixture.typing("1234") + [.key(.enter), .pinChecked(.locked(until: Fixture.start.addingTimeInterval(900)))],
                                     [.checkPIN(Fixture.cnic, pin: "1234"), .wipeScreen])),
            ("notice-failure", journey(lookingUp, [.effectFailed("database is locked")])),
            ("idle-warning", journey(home, [.tick(Fixture.start.addingTimeInterval(63))])),
            ("operator-prompt", journey(home, [.key(.control("x")), .key(.control("q"))] + Fixture.typing("abc"))),
        ]
    }

    static let unicodeNames = screens(width: 80, height: 24, settings: Fixture.settings).map(\.0)

    @Test(arguments: unicodeNames)
    func at80x24(_ name: String) {
        let state = Self.screens(width: 80, height: 24, settings: Fixture.settings).first { $0.0 == name }!.1
        let frame = Kiosk.view(state)
        #expect(frame.size == TerminalSize(width: 80, height: 24))
        Snapshot.expect(frame, matches: "80x24-\(name)")
    }

    @Test(arguments: unicodeNames)
    func at120x40(_ name: String) {
        let state = Self.screens(width: 120, height: 40, settings: Fixture.settings).first { $0.0 == name }!.1
        Snapshot.expect(Kiosk.view(state), matches: "120x40-\(name)")
    }

    @Test(arguments: ["welcome", "pin", "home", "my-pass", "notice-not-found", "idle-warning", "operator-prompt"])
    func asciiAt80x24(_ name: String) {
        let state = Self.screens(width: 80, height: 24, settings: Fixture.asciiSettings).first { $0.0 == name }!.1
        let frame = Kiosk.view(state)
        Snapshot.expect(frame, matches: "ascii-80x24-\(name)")
    }

    @Test func asciiPassOnABigScreen() {
        let state = Journey.myPass(width: 130, height: 48, settings: Fixture.asciiSettings)
        Snapshot.expect(Kiosk.view(state), matches: "ascii-130x48-my-pass")
    }

    @Test(arguments: [(79, 24), (40, 10), (10, 3), (1, 1)])
    func tooSmall(width: Int, height: Int) {
        var store = TestStore(Journey.home())
        let size = TerminalSize(width: width, height: height)
        store.send(.resize(size), expecting: []) { $0.size = size }
        Snapshot.expect(store.frame, matches: "too-small-\(width)x\(height)")
    }
}
