import Foundation
import KioskApp
import Testing

/// A freeze starting or ending is an effect the runner writes into the audit trail: exactly at the
/// transition, never while the kiosk stays frozen or stays open.
@Suite struct FreezeAuditTests {
    static func state() -> KioskState {
        var state = Journey.home()
        state.settings.freezeRules = FreezeRulesTests.rules
        return state
    }

    @Test func theFreezeStartsAndEndsOnceEach() {
        var state = Self.state()
        let open = FreezeRulesTests.badge(pending: 100, oldestDaysAgo: 1)
        let full = FreezeRulesTests.badge(pending: 101, oldestDaysAgo: 1)
        #expect(Kiosk.update(&state, .connectionChanged(open)).last != .recordFreeze(nil), "open and still open: no entry")
        #expect(!Kiosk.update(&state, .connectionChanged(open)).contains { if case .recordFreeze = $0 { true } else { false } })
        #expect(Kiosk.update(&state, .connectionChanged(full)).last == .recordFreeze(.tooManyPending(count: 101, limit: 100)))
        let stillFrozen = FreezeRulesTests.badge(pending: 140, oldestDaysAgo: 1)
        #expect(!Kiosk.update(&state, .connectionChanged(stillFrozen)).contains { if case .recordFreeze = $0 { true } else { false } }, "still frozen: no second entry")
        #expect(Kiosk.update(&state, .connectionChanged(open)).last == .recordFreeze(nil), "sent down to the limit: the freeze ends")
    }

    @Test func timePassingCanStartAFreeze() {
        var state = Self.state()
        _ = Kiosk.update(&state, .connectionChanged(FreezeRulesTests.badge(pending: 3, oldestDaysAgo: 6.9)))
        let effects = Kiosk.update(&state, .tick(FreezeRulesTests.now.addingTimeInterval(86_400)))
        #expect(effects.last == .recordFreeze(.oldestUnsent(days: 7, limit: 7)), "the oldest operation turned 7 days old on a tick: \(effects)")
    }
}
