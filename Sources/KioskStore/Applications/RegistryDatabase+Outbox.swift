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
            try OutboxEntryRow.fetchAll(db, sql: OutboxEntryRow.select).map(\.entry)
        }
    }
}

/// An outbox row as `outbox()` lists it, decoded by column name.
struct OutboxEntryRow: FetchableRecord {
    static let select = """
        SELECT op_id, kiosk_id, sequence, kind, entity_id, created_at, sent_at, acknowledged_at, attempts, failed_at, last_error
        FROM outbox ORDER BY kiosk_id, sequence
        """

    let entry: OutboxEntry

    init(row: Row) throws {
        let date = { (column: String) throws -> Date? in (try row.decode(Double?.self, forColumn: column)).map(Date.init(timeIntervalSince1970:)) }
        entry = OutboxEntry(
            opID: try row.decode(forColumn: "op_id"), kioskID: try row.decode(forColumn: "kiosk_id"), sequence: try row.decode(forColumn: "sequence"),
            kind: try row.decode(forColumn: "kind"), entityID: try row.decode(forColumn: "entity_id"),
            createdAt: Date(timeIntervalSince1970: try row.decode(forColumn: "created_at")),
            sentAt: try date("sent_at"), acknowledgedAt: try date("acknowledged_at"), attempts: try row.decode(forColumn: "attempts"),
            failedAt: try date("failed_at"), failureReason: try row.decode(forColumn: "last_error")
        )
    }
}
