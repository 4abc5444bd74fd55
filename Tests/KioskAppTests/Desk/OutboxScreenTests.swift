import Foundation
import IdentityCore
import KioskApp
import Screen
import Testing

/// Outbox and sync: refused operations first with the central's reason in plain words, a retry
/// from the screen, the link and the last sync.
@Suite struct OutboxScreenTests {
    static let rows = [
        OutboxRow(opID: "op-pending", kind: "application.submitted", tracking: nil, createdAt: Fixture.start.addingTimeInterval(-7200), attempts: 3, refusal: nil),
        OutboxRow(opID: "op-refused", kind: "application.submitted", tracking: "KPPSH001-000007-K", createdAt: Fixture.start.addingTimeInterval(-86_400),
                  attempts: 1, refusal: "rejected: the fee does not match the service"),
    ]

    static func outbox() -> KioskState {
        var menu = DeskFixture.menu()
        menu.connection = ConnectionBadge(link: .offline, pending: 1, oldestPending: Fixture.start.addingTimeInterval(-7200), failed: 1,
                                          lastSync: Fixture.start.addingTimeInterval(-3600))
        return Journey.reach(menu, by: [.key(.character("2")), .desk(.outboxLoaded(rows))], expecting: [.desk(.loadOutbox)])
    }

    @Test func refusedFirstInPlainWordsWithTheLinkAndLastSync() {
        let state = Self.outbox()
        let text = Kiosk.view(state).text
        #expect(text.contains("1  application KPPSH001-000007-K  refused: the fee does not match"))
        #expect(text.contains("2  application.submitted  waiting, 2 h, 3 tries"))
        #expect(text.contains("Offline: the central did not answer. Last sync Wed 25 Nov 2026  13:05."))
        #expect(text.contains("1 waiting to be sent, oldest 2 h; 1 refused by the central."))
    }

    @Test func retryPutsARefusedOneBackAndNudgesTheSync() {
        var store = TestStore(Self.outbox())
        let retrying = store.send(.key(.character("1")), expecting: [.desk(.retryOperation(opID: "op-refused", operatorID: "OP-0042"))]) {
            $0.screen = .desk(.outbox(OutboxScreen(rows: [Self.rows[1], Self.rows[0]], isRetrying: true)))
        }
        #expect(retrying.count == 1)
        store.send(.desk(.operationRetried(opID: "op-refused", requeued: true)), expecting: [.desk(.loadOutbox), .requestSync]) {
            $0.screen = .desk(.outbox(OutboxScreen(rows: [Self.rows[1], Self.rows[0]], isRetrying: true, note: .retried(opID: "op-refused"))))
        }
        var requeued = Self.rows[1]
        requeued.refusal = nil
        store.send(.desk(.outboxLoaded([Self.rows[0], requeued])), expecting: []) {
            $0.screen = .desk(.outbox(OutboxScreen(rows: [Self.rows[0], requeued], note: .retried(opID: "op-refused"))))
        }
        #expect(store.frame.text.contains("Put back in the queue"))
    }

    @Test func aPendingOneIsNotRetried() {
        let state = Journey.reach(Self.outbox(), by: [.key(.character("2"))], expecting: [])
        #expect(Kiosk.view(state).text.contains("only refused ones are retried"))
    }
}
