import Foundation
import GRDB
import Services
import SyncProtocol

extension RegistryDatabase {
    /// The next operations to push, in (kiosk, sequence) order: not acknowledged, not failed.
    public func operationsToSend(limit: Int) throws(RegistryError) -> [PushOperation] {
        try readSingleStatement { db in
            try Row.fetchAll(db, sql: """
                SELECT op_id, kiosk_id, sequence, hlc, kind, entity_id, payload, payload_sha256, created_at FROM outbox
                WHERE acknowledged_at IS NULL AND failed_at IS NULL
                ORDER BY kiosk_id, sequence LIMIT ?
                """, arguments: [max(1, limit)]).map { row in
                let created: Double = row[8]
                let hlc = (row[3] as String?).flatMap(HLCTimestamp.init(text:))
                    ?? HLCTimestamp(wallMillis: Int64((created * 1000).rounded(.down)), counter: 0)
                return PushOperation(
                    opID: row[0], kioskID: row[1], sequence: row[2], hlc: hlc, kind: row[4], entityID: row[5],
                    payload: row[6], payloadSHA256: row[7]
                )
            }
        }
    }

    /// Notes that these operations are being sent (counts attempts; `sent_at` keeps the first time).
    /// Sending is not delivery: nothing is marked delivered until the central acknowledges it.
    public func noteSendAttempt(opIDs: [String], at instant: Date) throws(RegistryError) {
        guard !opIDs.isEmpty else { return }
        try write { db in
            let statement = try db.cachedStatement(sql: "UPDATE outbox SET attempts = attempts + 1, sent_at = coalesce(sent_at, ?) WHERE op_id = ?")
            for opID in opIDs { try statement.execute(arguments: [instant.timeIntervalSince1970, opID]) }
        }
    }

    /// A new reading of the kiosk's hybrid logical clock (saved), for stamping a request.
    public func clockReading(at instant: Date) throws(RegistryError) -> HLCTimestamp {
        try write { db in try KioskClock.tick(wallMillis: Self.millis(instant), db: db) }
    }

    /// Applies a push's acknowledgements in ONE transaction: stored operations (accepted, duplicate) are
    /// marked acknowledged and their applications become `received`; conflicts and rejections are marked
    /// failed with the central's reason, so they stop being retried and an operator sees them. Takes in
    /// the central's clock, and records the contact.
    @discardableResult
    public func recordAcknowledgements(_ response: PushResponse, at instant: Date) throws(RegistryError) -> AcknowledgementTally {
        try write { db in
            var tally = AcknowledgementTally()
            let now = instant.timeIntervalSince1970
            let acknowledge = try db.cachedStatement(sql: """
                UPDATE outbox SET acknowledged_at = ?, central_received_at = ?, failed_at = NULL, last_error = NULL
                WHERE op_id = ? AND acknowledged_at IS NULL
                """)
            let receive = try db.cachedStatement(sql: """
                UPDATE application SET status = ?, status_changed_at = ?
                WHERE id = (SELECT entity_id FROM outbox WHERE op_id = ? AND kind = ?) AND status IN (?, ?)
                """)
            let fail = try db.cachedStatement(sql: "UPDATE outbox SET failed_at = ?, last_error = ? WHERE op_id = ? AND acknowledged_at IS NULL")
            for ack in response.acknowledgements {
                switch ack.outcome {
                case .accepted, .duplicate:
                    if ack.outcome == .accepted { tally.accepted += 1 } else { tally.duplicates += 1 }
                    try acknowledge.execute(arguments: [now, Double(ack.receivedAtMillis) / 1000, ack.opID])
                    try receive.execute(arguments: [
                        ApplicationStatus.received.rawValue, now, ack.opID, Self.applicationSubmittedKind,
                        ApplicationStatus.savedOnKiosk.rawValue, ApplicationStatus.sent.rawValue,
                    ])
                case .conflict, .rejected:
                    if ack.outcome == .conflict { tally.conflicts += 1 } else { tally.rejected += 1 }
                    let reason = "\(ack.outcome.rawValue): \(ack.reason ?? "no reason given")"
                    try fail.execute(arguments: [now, String(reason.prefix(500)), ack.opID])
                }
            }
            try KioskClock.receive(response.centralClock, wallMillis: Self.millis(instant), db: db)
            try SyncStateValues.set(SyncStateValues.lastContact, instant, db: db)
            return tally
        }
    }

    /// Records that the central answered (a probe, a pull).
    public func recordContact(at instant: Date, centralClock: HLCTimestamp? = nil) throws(RegistryError) {
        try write { db in
            if let centralClock { try KioskClock.receive(centralClock, wallMillis: Self.millis(instant), db: db) }
            try SyncStateValues.set(SyncStateValues.lastContact, instant, db: db)
        }
    }

    /// Records a finished sync round (outbox drained as far as it could be, changes pulled).
    public func recordSyncCompleted(at instant: Date) throws(RegistryError) {
        try write { db in
            try SyncStateValues.set(SyncStateValues.lastContact, instant, db: db)
            try SyncStateValues.set(SyncStateValues.lastSync, instant, db: db)
        }
    }

    /// Pending and failed counts, the oldest pending operation, last contact and last sync.
    public func syncSnapshot() throws(RegistryError) -> SyncSnapshot {
        try read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT
                    (SELECT count(*) FROM outbox WHERE acknowledged_at IS NULL AND failed_at IS NULL),
                    (SELECT min(created_at) FROM outbox WHERE acknowledged_at IS NULL AND failed_at IS NULL),
                    (SELECT count(*) FROM outbox WHERE acknowledged_at IS NULL AND failed_at IS NOT NULL)
                """)
            return SyncSnapshot(
                pending: row?[0] ?? 0,
                oldestPending: (row?[1] as Double?).map(Date.init(timeIntervalSince1970:)),
                failed: row?[2] ?? 0,
                lastContact: try SyncStateValues.date(SyncStateValues.lastContact, db: db),
                lastSync: try SyncStateValues.date(SyncStateValues.lastSync, db: db)
            )
        }
    }

    /// Operations the central refused for good, oldest first.
    public func failedOperations() throws(RegistryError) -> [FailedOperation] {
        try readSingleStatement { db in
            try Row.fetchAll(db, sql: """
                SELECT o.op_id, o.kiosk_id, o.sequence, a.tracking, o.failed_at, o.last_error
                FROM outbox o LEFT JOIN application a ON a.id = o.entity_id
                WHERE o.acknowledged_at IS NULL AND o.failed_at IS NOT NULL ORDER BY o.kiosk_id, o.sequence
                """).map { row in
                FailedOperation(
                    opID: row[0], kioskID: row[1], sequence: row[2], tracking: row[3],
                    failedAt: Date(timeIntervalSince1970: row[4]), reason: row[5] ?? ""
                )
            }
        }
    }

    /// Puts a failed operation back in the queue (after an operator fixed the cause); false when no
    /// failed operation has this id.
    @discardableResult
    public func retryFailedOperation(opID: String) throws(RegistryError) -> Bool {
        try write { db in
            try db.execute(sql: "UPDATE outbox SET failed_at = NULL, last_error = NULL WHERE op_id = ? AND failed_at IS NOT NULL AND acknowledged_at IS NULL", arguments: [opID])
            return db.changesCount == 1
        }
    }

    /// Count and `ConvergenceDigest` of this kiosk's ACKNOWLEDGED operations, in sequence order: after a
    /// quiet period they equal the central's for the same kiosk.
    public func convergence(kioskID: String) throws(RegistryError) -> (operations: Int, digest: String) {
        try readSingleStatement { db in
            let hashes = try String.fetchAll(db, sql: """
                SELECT payload_sha256 FROM outbox WHERE kiosk_id = ? AND acknowledged_at IS NOT NULL ORDER BY sequence
                """, arguments: [Self.canonicalKioskID(kioskID)])
            return (hashes.count, ConvergenceDigest.of(payloadHashesInSequenceOrder: hashes))
        }
    }

    static func millis(_ instant: Date) -> Int64 { Int64((instant.timeIntervalSince1970 * 1000).rounded(.down)) }
}

/// The keys of `sync_state` besides the clock.
enum SyncStateValues {
    static let lastContact = "last_contact"
    static let lastSync = "last_sync"

    static func set(_ key: String, _ instant: Date, db: Database) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)")
            .execute(arguments: [key, String(instant.timeIntervalSince1970)])
    }

    static func date(_ key: String, db: Database) throws -> Date? {
        try String.fetchOne(db, sql: "SELECT value FROM sync_state WHERE key = ?", arguments: [key])
            .flatMap(Double.init).map(Date.init(timeIntervalSince1970:))
    }
}
