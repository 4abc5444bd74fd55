import Foundation
import IdentityCore
import KioskApp
import Screen
import Testing

/// Change PIN on Home: the old PIN, then the new one twice; dots only; weak PINs refused.
@Suite struct ChangePINTests {
    static func changing() -> KioskState { Journey.reach(Journey.home(), by: [.key(.character("4"))], expecting: []) }

    @Test func homeOffersItAndTheWholeChangeGoesThrough() {
        #expect(Kiosk.view(Journey.home()).text.contains("4   Change PIN"))
        var state = Self.changing()
        #expect(state.screen == .changePIN(ChangePINScreen()))
        state = Journey.reach(state, by: Fixture.typing("1357"), expecting: [])
        #expect(!Kiosk.view(state).text.contains("1357"))
        state = Journey.reach(state, by: [.key(.enter)] + Fixture.typing("2739") + [.key(.enter)] + Fixture.typing("2739") + [.key(.enter)],
                              expecting: [.changePIN(Fixture.cnic, old: "1357", new: "2739")])
        #expect(state.screen == .changePIN(ChangePINScreen(stage: .saving)))
        state = Journey.reach(state, by: [.pinChangeAnswered(.changed)], expecting: [])
        #expect(Kiosk.view(state).text.contains("Your PIN has been changed."))
        state = Journey.reach(state, by: [.key(.enter)], expecting: [])
        #expect(state.screen == .home(HomeScreen(highlighted: .changePIN)))
    }

    @Test func weakAndDifferentNewPINsAreRefused() {
        let weak = Journey.reach(Self.changing(), by: Fixture.typing("1357") + [.key(.enter)] + Fixture.typing("0000") + [.key(.enter)], expecting: [])
        #expect(Kiosk.view(weak).text.contains("The same digit four times"))
        let different = Journey.reach(Self.changing(), by: Fixture.typing("1357") + [.key(.enter)] + Fixture.typing("2739") + [.key(.enter)] + Fixture.typing("2730") + [.key(.enter)], expecting: [])
        #expect(Kiosk.view(different).text.contains("The two new PINs differ."))
    }

    @Test func aWrongOldPINCountsAndALockEndsTheSession() {
        let saving = Journey.reach(Self.changing(), by: Fixture.typing("9999") + [.key(.enter)] + Fixture.typing("2739") + [.key(.enter)] + Fixture.typing("2739") + [.key(.enter)],
                                   expecting: [.changePIN(Fixture.cnic, old: "9999", new: "2739")])
        let wrong = Journey.reach(saving, by: [.pinChangeAnswered(.wrongOld(triesLeft: 2))], expecting: [])
        #expect(Kiosk.view(wrong).text.contains("Wrong PIN. 2 tries left."))
        let until = Fixture.start.addingTimeInterval(900)
        let locked = Journey.reach(saving, by: [.pinChangeAnswered(.locked(until: until))], expecting: [.wipeScreen])
        #expect(locked.notice == Notice(.pinLocked(until: until)))
        #expect(locked.citizen == nil)
    }
}
