import Foundation
import IdentityCore
import KioskApp
import Screen
import Services
import Testing

/// Freeze rules: pure evaluation, then what citizens and operators see; viewing and activation go on.
@Suite struct FreezeRulesTests {
    static let rules = FreezeRules(oldestUnsentDays: 7, maxPending: 100, trustExpiredDays: 3)
    static let now = Fixture.start

    static func badge(pending: Int, oldestDaysAgo: Double?) -> ConnectionBadge {
        ConnectionBadge(link: .offline, pending: pending, oldestPending: oldestDaysAgo.map { now.addingTimeInterval(-$0 * 86_400) })
    }

    @Test func eachRuleAtItsEdge() {
        #expect(Self.rules.reason(connection: Self.badge(pending: 3, oldestDaysAgo: 6.9), trustExpiredSince: nil, now: Self.now) == nil)
        #expect(Self.rules.reason(connection: Self.badge(pending: 3, oldestDaysAgo: 7.5), trustExpiredSince: nil, now: Self.now) == .oldestUnsent(days: 7, limit: 7))
        #expect(Self.rules.reason(connection: Self.badge(pending: 100, oldestDaysAgo: 1), trustExpiredSince: nil, now: Self.now) == nil)
        #expect(Self.rules.reason(connection: Self.badge(pending: 101, oldestDaysAgo: 1), trustExpiredSince: nil, now: Self.now) == .tooManyPending(count: 101, limit: 100))
        #expect(Self.rules.reason(connection: Self.badge(pending: 0, oldestDaysAgo: nil), trustExpiredSince: Self.now.addingTimeInterval(-2 * 86_400), now: Self.now) == nil)
        #expect(Self.rules.reason(connection: Self.badge(pending: 0, oldestDaysAgo: nil), trustExpiredSince: Self.now.addingTimeInterval(-4 * 86_400), now: Self.now) == .trustExpired(days: 4, limit: 3))
        #expect(FreezeRules().reason(connection: Self.badge(pending: 1_000_000, oldestDaysAgo: 400), trustExpiredSince: .distantPast, now: Self.now) == nil, "off by default")
        #expect(Self.rules.reason(connection: Self.badge(pending: 0, oldestDaysAgo: 30), trustExpiredSince: nil, now: Self.now) == nil, "nothing waits: nothing is old")
    }

    static func frozen(_ state: KioskState) -> KioskState {
        var frozen = state
        frozen.settings.freezeRules = rules
        frozen.connection = badge(pending: 150, oldestDaysAgo: 1)
        return frozen
    }

    @Test func citizensAreToldInPlainWordsAndCanStillSeeTheirPass() {
        let home = Self.frozen(Journey.home())
        let paused = Journey.reach(home, by: [.key(.character("2"))], expecting: [])
        #expect(paused.notice == Notice(.applicationsPaused(.tooManyPending(count: 150, limit: 100)), exit: .home))
        #expect(Kiosk.view(paused).text.contains("New applications are paused at this kiosk"))
        let back = Journey.reach(paused, by: [.key(.enter), .key(.character("1"))], expecting: [.loadPass(Fixture.cnic)])
        #expect(back.screen == .myPass(.preparing), "viewing goes on")
    }

    @Test func aFormSubmittedAfterTheFreezeIsRefusedWithEveryAnswerKept() {
        var state = Self.frozen(Journey.home())
        var wizard = WizardScreen(service: ServiceFixture.domicile, prefilled: [:], answers: ["x": "y"])
        wizard.phase = .declaration(agreed: true, reminded: false)
        state.screen = .wizard(wizard)
        let effects = Kiosk.update(&state, .key(.enter))
        #expect(effects == [])
        #expect(state.wizard?.answers == ["x": "y"])
        #expect(state.wizard?.phase == .problem(.refused(FreezeWording.citizenText(.tooManyPending(count: 150, limit: 100)))))
    }

    @Test func operatorsSeeTheReasonAndTheFixAndActivationGoesOn() {
        let record = Self.frozen(DeskFixture.checkedRecord())
        #expect(Kiosk.view(record).text.contains("New applications paused: 150 operations wait to be sent (the limit is 100)."), "on the status line")
        let refused = Journey.reach(record, by: [.key(.character("6"))], expecting: [])
        #expect(refused.record?.note == .frozen(.tooManyPending(count: 150, limit: 100)))
        #expect(Kiosk.view(refused).text.contains("Fix: connect the kiosk to the central and let it sync"))
        let activation = Journey.reach(record, by: [.key(.character("2"))], expecting: [])
        #expect(activation.desk == .newPIN(NewPINScreen(record: DeskFixture.record, purpose: .activate)))
    }
}
