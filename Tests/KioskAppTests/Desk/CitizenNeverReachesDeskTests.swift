import Foundation
import IdentityCore
import KioskApp
import Screen
import Testing

/// No key a citizen can press takes them past operator sign-in: only a directory's answer to a
/// sign-in does, and a citizen cannot make one up.
@Suite struct CitizenNeverReachesDeskTests {
    /// Every kind of key, Ctrl-X Ctrl-O included.
    static let keys: [KeyEvent] = Array("0123456789abcOPx-") .map { KeyEvent.character($0) }
        + [.enter, .escape, .tab, .backTab, .backspace, .up, .down, .pageUp, .pageDown, .function(1), .function(5),
           .control("x"), .control("o"), .control("q"), .control("r")]

    @Test func randomKeysFromEveryCitizenScreenStopAtSignIn() {
        var generator = SplitMix(seed: 11)
        let starts = [Fixture.state(), Journey.pin(), Journey.home(), Journey.myPass()]
        for start in starts {
            var state = start
            for _ in 0..<3000 {
                let key = Self.keys[Int(generator.next() % UInt64(Self.keys.count))]
                let effects = Kiosk.update(&state, .key(key))
                for effect in effects {
                    if case .desk(let desk) = effect, case .signIn = desk { continue }
                    if case .desk = effect { Issue.record("a citizen's key asked for \(effect)") }
                }
                if case .desk(let desk) = state.screen {
                    switch desk {
                    case .signIn: break
                    default: Issue.record("a citizen's keys reached \(desk)")
                    }
                }
                #expect(state.operatorSession == nil)
                // A sign-in being checked is answered by the directory; a citizen's guess is refused.
                if case .desk(.signIn(let signIn)) = state.screen, signIn.isChecking {
                    _ = Kiosk.update(&state, .desk(.signInAnswered(.refused("Wrong password."))))
                }
            }
        }
    }

    @Test func anOperatorScreenWithoutASignedInOperatorFallsBackToSignIn() {
        var state = Fixture.state()
        state.screen = .desk(.record(CitizenRecordScreen(record: DeskFixture.record)))
        let effects = Kiosk.update(&state, .key(.character("2")))
        #expect(effects == [.wipeScreen])
        #expect(state.screen == .desk(.signIn(OperatorSignInScreen())))
    }
}

/// A small deterministic generator (SplitMix64), so a failing sequence can be replayed.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
