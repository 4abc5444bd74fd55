import Foundation
import IdentityCore
import KioskApp
import Screen
import StringCatalog
import Testing

/// Fixed inputs for the app-core tests: a clock, a citizen, a pass.
enum Fixture {
    /// Wednesday 25 November 2026, 14:05 in Peshawar.
    static let start = CalendarDate(year: 2026, month: 11, day: 25)!.startInstant.addingTimeInterval(14 * 3600 + 5 * 60)
    static let cnic = try! CNIC("17301-1234567-1")
    static let otherCNIC = try! CNIC("17301-7654321-2")
    static let citizen = SessionCitizen(cnic: cnic, nameLatin: "Ayesha Khan", nameUrdu: "عائشہ خان")
    /// The repository's string catalogs (Assets/strings); `StringCatalogTests` checks that they load.
    static let strings = (try? CatalogSet.load(folder: URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Assets/strings", isDirectory: true))) ?? CatalogSet()
    static let settings = KioskSettings(kioskID: "KP-PSH-001", centreName: "Peshawar Civic Centre", strings: strings)
    static let asciiSettings: KioskSettings = {
        var ascii = Fixture.settings
        ascii.glyphMode = .ascii
        return ascii
    }()
    static let validUntil = CalendarDate(year: 2031, month: 11, day: 25)!
    /// A 122-character pass-shaped text (Base45 alphabet); the QR code does not care about the signature.
    static let passText: String = {
        let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
        return "KP:" + String((0..<119).map { alphabet[($0 * 7 + 3) % alphabet.count] })
    }()
    static let claims = PassClaims(keyID: 1, cnic: cnic, serial: 1001, issuedOn: CalendarDate(year: 2026, month: 11, day: 25)!, validityMonths: 60)

    /// A kiosk resting on Welcome at `start`.
    static func state(width: Int = 80, height: Int = 24, settings: KioskSettings = settings) -> KioskState {
        KioskState(settings: settings, now: start, size: TerminalSize(width: width, height: height))
    }

    /// One `.character` key event per character.
    static func typing(_ text: String) -> [KioskEvent] { text.map { .key(.character($0)) } }
}

extension KioskState {
    /// The Welcome screen's data, or nil on another screen; setting it (e.g. `$0.welcome?.note = nil`
    /// in an expected change) writes the Welcome screen.
    var welcome: WelcomeScreen? {
        get { if case .welcome(let welcome) = screen { welcome } else { nil } }
        set { if let newValue { screen = .welcome(newValue) } }
    }
    /// The PIN screen's data, or nil; setting it writes the PIN screen.
    var pin: PINScreen? {
        get { if case .pin(let pin) = screen { pin } else { nil } }
        set { if let newValue { screen = .pin(newValue) } }
    }
    /// The notice shown, or nil.
    var notice: Notice? { if case .notice(let notice) = screen { notice } else { nil } }
}

/// States reached the way a citizen reaches them: by events only, each journey checking the
/// effects its events produce.
enum Journey {
    /// Sends `events` from `state` (their effects must be `effects`) and returns the state reached.
    static func reach(
        _ state: KioskState, by events: [KioskEvent], expecting effects: [KioskEffect], sourceLocation: SourceLocation = #_sourceLocation
    ) -> KioskState {
        var store = TestStore(state)
        store.setUp(events, expecting: effects, sourceLocation: sourceLocation)
        return store.state
    }

    /// Welcome with a CNIC typed and looked up.
    static func lookingUp(width: Int = 80, height: Int = 24, settings: KioskSettings = Fixture.settings) -> KioskState {
        reach(Fixture.state(width: width, height: height, settings: settings), by: Fixture.typing(Fixture.cnic.digits) + [.key(.enter)],
              expecting: [.lookUpCitizen(Fixture.cnic)])
    }

    /// The PIN screen for the fixture citizen.
    static func pin(width: Int = 80, height: Int = 24, settings: KioskSettings = Fixture.settings) -> KioskState {
        reach(lookingUp(width: width, height: height, settings: settings), by: [.citizenFound(Fixture.citizen, hasPIN: true)], expecting: [])
    }

    /// The PIN screen with four digits submitted, waiting for the check.
    static func checkingPIN() -> KioskState {
        reach(pin(), by: Fixture.typing("1234") + [.key(.enter)], expecting: [.checkPIN(Fixture.cnic, pin: "1234")])
    }

    /// Home, signed in.
    static func home(width: Int = 80, height: Int = 24, settings: KioskSettings = Fixture.settings) -> KioskState {
        reach(pin(width: width, height: height, settings: settings), by: Fixture.typing("1234") + [.key(.enter), .pinChecked(.accepted)],
              expecting: [.checkPIN(Fixture.cnic, pin: "1234")])
    }

    /// My Khyber Pass with the pass loaded.
    static func myPass(width: Int = 80, height: Int = 24, settings: KioskSettings = Fixture.settings) -> KioskState {
        reach(home(width: width, height: height, settings: settings),
              by: [.key(.character("1")), .passLoaded(text: Fixture.passText, validUntil: Fixture.validUntil)],
              expecting: [.loadPass(Fixture.cnic)])
    }
}
