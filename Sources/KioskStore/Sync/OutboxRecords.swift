import Foundation
import GRDB
import KhyberVocabulary

/// An outbox row to send, decoded by column name.
struct PendingOperationRow: FetchableRecord {
    static let select = """
        SELECT op_id, kiosk_id, sequence, hlc, kind, entity_id, payload, payload_sha256, created_at FROM outbox
        WHERE acknowledged_at IS NULL AND failed_at IS NULL
        ORDER BY kiosk_id, sequence LIMIT ?
        """

    let operation: PendingOperation

    init(row: Row) throws {
        let created: Double = try row.decode(forColumn: "created_at")
        // Rows from before the sync migration have no clock reading: one from their creation time.
        let hlc = (try row.decode(String?.self, forColumn: "hlc")).flatMap(HLCTimestamp.init(text:))
            ?? HLCTimestamp(wallMillis: Int64((created * 1000).rounded(.down)), counter: 0)
        operation = PendingOperation(
            opID: try row.decode(forColumn: "op_id"), kioskID: try row.decode(forColumn: "kiosk_id"), sequence: try row.decode(forColumn: "sequence"),
            hlc: hlc, kind: try row.decode(forColumn: "kind"), entityID: try row.decode(forColumn: "entity_id"),
            payload: try row.decode(forColumn: "payload"), payloadSHA256: try row.decode(forColumn: "payload_sha256")
        )
    }
}

/// An operation the central refused for good, decoded by column name.
struct FailedOperationRow: FetchableRecord {
    static let select = """
        SELECT o.op_id, o.kiosk_id, o.sequence, a.tracking, o.failed_at, o.last_error
        FROM outbox o LEFT JOIN application a ON a.id = o.entity_id
        WHERE o.acknowledged_at IS NULL AND o.failed_at IS NOT NULL ORDER BY o.kiosk_id, o.sequence
        """

    let operation: FailedOperation

    init(row: Row) throws {
        operation = FailedOperation(
            opID: try row.decode(forColumn: "op_id"), kioskID: try row.decode(forColumn: "kiosk_id"), sequence: try row.decode(forColumn: "sequence"),
            tracking: try row.decode(forColumn: "tracking"), failedAt: Date(timeIntervalSince1970: try row.decode(forColumn: "failed_at")),
            reason: try row.decode(String?.self, forColumn: "last_error") ?? ""
        )
    }
}

/// The queue's counts, decoded by column name.
struct OutboxCountsRow: FetchableRecord {
    static let select = """
        SELECT
            (SELECT count(*) FROM outbox WHERE acknowledged_at IS NULL AND failed_at IS NULL) AS pending,
            (SELECT min(created_at) FROM outbox WHERE acknowledged_at IS NULL AND failed_at IS NULL) AS oldest_pending,
            (SELECT count(*) FROM outbox WHERE acknowledged_at IS NULL AND failed_at IS NOT NULL) AS failed
        """

    let pending: Int
    let oldestPending: Date?
    let failed: Int

    init(row: Row) throws {
        pending = try row.decode(forColumn: "pending")
        oldestPending = (try row.decode(Double?.self, forColumn: "oldest_pending")).map(Date.init(timeIntervalSince1970:))
        failed = try row.decode(forColumn: "failed")
    }
}
