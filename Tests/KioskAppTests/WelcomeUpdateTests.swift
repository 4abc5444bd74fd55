import IdentityCore
import KioskApp
import Screen
import Testing

/// One Welcome transition: events from an empty Welcome, and what must come of them.
struct WelcomeCase: Sendable, CustomTestStringConvertible {
    let name: String
    let events: [KioskEvent]
    let expected: WelcomeScreen
    let effects: [KioskEffect]
    var testDescription: String { name }
}

@Suite struct WelcomeUpdateTests {
    static let cases: [WelcomeCase] = [
        WelcomeCase(name: "digits fill the field", events: Fixture.typing("173011"),
                    expected: WelcomeScreen(entry: CNICEntry(digits: "173011")), effects: []),
        WelcomeCase(name: "backspace over the dash", events: Fixture.typing("173011") + [.key(.backspace)],
                    expected: WelcomeScreen(entry: CNICEntry(digits: "17301")), effects: []),
        WelcomeCase(name: "14th digit ignored", events: Fixture.typing("17301123456719"),
                    expected: WelcomeScreen(entry: CNICEntry(digits: "1730112345671")), effects: []),
        WelcomeCase(name: "typed dashes are not needed", events: Fixture.typing("17301-1"),
                    expected: WelcomeScreen(entry: CNICEntry(digits: "173011")), effects: []),
        WelcomeCase(name: "valid CNIC is looked up", events: Fixture.typing("1730112345671") + [.key(.enter)],
                    expected: WelcomeScreen(entry: CNICEntry(digits: Fixture.cnic.digits), phase: .lookingUp(Fixture.cnic)), effects: [.lookUpCitizen(Fixture.cnic)]),
        WelcomeCase(name: "too few digits", events: Fixture.typing("17301") + [.key(.enter)],
                    expected: WelcomeScreen(entry: CNICEntry(digits: "17301"), note: .invalidCNIC(.wrongLength(5))), effects: []),
        WelcomeCase(name: "unknown province", events: Fixture.typing("9730112345671") + [.key(.enter)],
                    expected: WelcomeScreen(entry: CNICEntry(digits: "9730112345671"), note: .invalidCNIC(.unknownProvince("9"))), effects: []),
        WelcomeCase(name: "last digit zero", events: Fixture.typing("1730112345670") + [.key(.enter)],
                    expected: WelcomeScreen(entry: CNICEntry(digits: "1730112345670"), note: .invalidCNIC(.lastDigitZero)), effects: []),
        WelcomeCase(name: "typing clears the message", events: Fixture.typing("17301") + [.key(.enter), .key(.character("2"))],
                    expected: WelcomeScreen(entry: CNICEntry(digits: "173012")), effects: []),
        WelcomeCase(name: "scanned pass is verified", events: Fixture.typing(Fixture.passText) + [.key(.enter)],
                    expected: WelcomeScreen(phase: .checkingPass), effects: [.verifyScannedPass(Fixture.passText)]),
        WelcomeCase(name: "scan is kept apart from the field", events: Fixture.typing("KP:123"),
                    expected: WelcomeScreen(scanBuffer: "KP:123"), effects: []),
        WelcomeCase(name: "scan wins over typed digits", events: Fixture.typing("173" + Fixture.passText) + [.key(.enter)],
                    expected: WelcomeScreen(phase: .checkingPass), effects: [.verifyScannedPass(Fixture.passText)]),
        WelcomeCase(name: "junk is neither", events: Fixture.typing("HELLO WORLD") + [.key(.enter)],
                    expected: WelcomeScreen(note: .notAPassOrCNIC), effects: []),
        WelcomeCase(name: "backspace drops a scan", events: Fixture.typing("12ab") + [.key(.backspace)],
                    expected: WelcomeScreen(entry: CNICEntry(digits: "12")), effects: []),
        WelcomeCase(name: "escape clears", events: Fixture.typing("17301") + [.key(.escape)],
                    expected: WelcomeScreen(), effects: []),
        WelcomeCase(name: "enter on nothing", events: [.key(.enter)], expected: WelcomeScreen(), effects: []),
        WelcomeCase(name: "keys wait while looking up", events: Fixture.typing("1730112345671") + [.key(.enter)] + Fixture.typing("55"),
                    expected: WelcomeScreen(entry: CNICEntry(digits: Fixture.cnic.digits), phase: .lookingUp(Fixture.cnic)), effects: [.lookUpCitizen(Fixture.cnic)]),
        // (Tab chooses the language: LanguageTests.)
        WelcomeCase(name: "arrows and function keys do nothing", events: [.key(.up), .key(.function(1))],
                    expected: WelcomeScreen(), effects: []),
    ]

    @Test(arguments: cases)
    func transition(_ testCase: WelcomeCase) {
        var store = TestStore(Fixture.state())
        let effects = store.send(testCase.events, expecting: testCase.effects) { $0.screen = .welcome(testCase.expected) }
        #expect(store.state.screen == .welcome(testCase.expected))
        #expect(effects == testCase.effects)
        #expect(store.state.citizen == nil)
    }

    @Test func scanBufferIsCappedAndNeverShown() {
        var store = TestStore(Fixture.state())
        store.send(Fixture.typing("KP:" + String(repeating: "A", count: 400)), expecting: []) {
            $0.welcome?.scanBuffer = "KP:" + String(repeating: "A", count: WelcomeScreen.maxScanLength - 3)
        }
        #expect(store.state.welcome?.scanBuffer.count == WelcomeScreen.maxScanLength)
        let text = store.frame.text
        #expect(!text.contains("AAAA"))
        #expect(text.contains("Reading pass…"))
    }
}
