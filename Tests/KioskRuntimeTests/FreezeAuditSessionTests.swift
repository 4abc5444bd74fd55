import Foundation
import KioskApp
import KioskRuntime
import KioskStore
import Testing

/// Through the real loop and runner: the sync badge pushing the kiosk over a freeze rule writes
/// `freeze.started` (rule, value, limit) into the registry's signed audit trail, and its end `freeze.ended`.
@Suite struct FreezeAuditSessionTests {
    @Test func aFreezeAndItsEndAreInTheAuditTrail() async throws {
        let kiosk = try SessionHarness(prepare: { $0.settings.freezeRules = FreezeRules(maxPending: 10) })
        let before = try kiosk.registry.auditEntryCount()
        kiosk.loop.inbox.post(.connectionChanged(ConnectionBadge(link: .offline, pending: 11, oldestPending: SessionHarness.start)))
        kiosk.loop.runRound(waitMilliseconds: 0)
        await kiosk.loop.settle()
        kiosk.loop.inbox.post(.connectionChanged(ConnectionBadge(link: .online, pending: 0)))
        kiosk.loop.runRound(waitMilliseconds: 0)
        await kiosk.loop.settle()
        let added = try kiosk.registry.auditEntries().dropFirst(before)
        #expect(added.map(\.action) == ["freeze.started", "freeze.ended"], "\(added)")
        #expect(added.first?.detail == ["rule": "too-many-pending", "value": "11", "limit": "10"])
        #expect(added.allSatisfy { $0.operatorID == nil && $0.citizen == nil }, "the kiosk froze itself: no operator, no citizen")
    }
}
