import Foundation
import GRDB

/// One outbox operation as the operator and the tests see it: which operation, its place in the
/// kiosk's sequence and what it is about. The payload (which carries a full CNIC) is left out.
public struct OutboxEntry: Hashable, Sendable {
    public var opID: String
    public var kioskID: String
    public var sequence: Int64
    public var kind: String
    /// The row the operation is about (for `application.submitted`, the application's id).
    public var entityID: String
    public var createdAt: Date
    public var sentAt: Date?
    public var acknowledgedAt: Date?
    /// How many times it was sent.
    public var attempts: Int
    /// When the central refused it for good (conflict, rejected); nil otherwise.
    public var failedAt: Date?
    /// The central's reason for that refusal.
    public var failureReason: String?
}

extension RegistryDatabase {
    /// Every outbox operation, in sequence order (kiosk, then sequence).
    public func outbox() throws(RegistryError) -> [OutboxEntry] {
        try readSingleStatement { db in
            try Row.fetchAll(db, sql: """
                SELECT op_id, kiosk_id, sequence, kind, entity_id, created_at, sent_at, acknowledged_at, attempts, failed_at, last_error
                FROM outbox ORDER BY kiosk_id, sequence
                """).map { row in
                OutboxEntry(
                    opID: row[0], kioskID: row[1], sequence: row[2], kind: row[3], entityID: row[4],
                    createdAt: Date(timeIntervalSince1970: row[5]),
                    sentAt: (row[6] as Double?).map(Date.init(timeIntervalSince1970:)),
                    acknowledgedAt: (row[7] as Double?).map(Date.init(timeIntervalSince1970:)),
                    attempts: row[8], failedAt: (row[9] as Double?).map(Date.init(timeIntervalSince1970:)), failureReason: row[10]
                )
            }
        }
    }
}
