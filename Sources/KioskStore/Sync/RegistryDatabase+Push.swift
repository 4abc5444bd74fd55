import Foundation
import GRDB
import KhyberVocabulary
import Services

extension RegistryDatabase {
    /// The next operations to send, in (kiosk, sequence) order: not acknowledged, not failed.
    public func pendingOperations(limit: Int) async throws(RegistryError) -> [PendingOperation] {
        let limit = max(1, limit)
        return try await readAsync { db in
            try PendingOperationRow.fetchAll(db, sql: PendingOperationRow.select, arguments: [limit]).map(\.operation)
        }
    }

    /// Notes that these operations are being sent (counts attempts; `sent_at` keeps the first time).
    /// Sending is not delivery: nothing is marked delivered until the central acknowledges it.
    public func noteSendAttempt(opIDs: [String], at instant: Date) async throws(RegistryError) {
        guard !opIDs.isEmpty else { return }
        try await writeAsync { db in
            let statement = try db.cachedStatement(sql: "UPDATE outbox SET attempts = attempts + 1, sent_at = coalesce(sent_at, ?) WHERE op_id = ?")
            for opID in opIDs { try statement.execute(arguments: [instant.timeIntervalSince1970, opID]) }
        }
    }

    /// A new reading of the kiosk's hybrid logical clock (saved), for stamping a request.
    public func clockReading(at instant: Date) async throws(RegistryError) -> HLCTimestamp {
        try await writeAsync { db in try KioskClock.tick(wallMillis: Self.millis(instant), db: db) }
    }

    /// Records what became of sent operations in ONE transaction: stored ones (accepted, duplicate) are
    /// marked acknowledged and their applications become `received`; conflicts and rejections are marked
    /// failed with the central's reason, so they stop being retried and an operator sees them. Takes in
    /// the central's clock, and records the contact.
    @discardableResult
    public func recordDeliveries(
        _ deliveries: [OperationDelivery], centralClock: HLCTimestamp, at instant: Date
    ) async throws(RegistryError) -> AcknowledgementTally {
        try await writeAsync { db in
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
            for delivery in deliveries {
                tally.count(delivery.outcome)
                if delivery.outcome.isStored {
                    try acknowledge.execute(arguments: [now, delivery.centralReceivedAt?.timeIntervalSince1970 ?? 0, delivery.opID])
                    try receive.execute(arguments: [
                        ApplicationStatus.received.rawValue, now, delivery.opID, OperationKind.applicationSubmitted.rawValue,
                        ApplicationStatus.savedOnKiosk.rawValue, ApplicationStatus.sent.rawValue,
                    ])
                } else {
                    let reason = "\(delivery.outcome.rawValue): \(delivery.reason ?? "no reason given")"
                    try fail.execute(arguments: [now, String(reason.prefix(500)), delivery.opID])
                }
            }
            try KioskClock.receive(centralClock, wallMillis: Self.millis(instant), db: db)
            try SyncStateValues.set(SyncStateValues.lastContact, instant, db: db)
            return tally
        }
    }

    /// Records that the central answered (a probe, a pull).
    public func recordContact(at instant: Date, centralClock: HLCTimestamp? = nil) async throws(RegistryError) {
        try await writeAsync { db in
            if let centralClock { try KioskClock.receive(centralClock, wallMillis: Self.millis(instant), db: db) }
            try SyncStateValues.set(SyncStateValues.lastContact, instant, db: db)
        }
    }

    /// Records a finished sync round (outbox drained as far as it could be, changes pulled).
    public func recordSyncCompleted(at instant: Date) async throws(RegistryError) {
        try await writeAsync { db in
            try SyncStateValues.set(SyncStateValues.lastContact, instant, db: db)
            try SyncStateValues.set(SyncStateValues.lastSync, instant, db: db)
        }
    }

    /// Pending and failed counts, the oldest pending operation, last contact and last sync.
    public func syncSnapshot() throws(RegistryError) -> SyncSnapshot {
        try read(Self.syncSnapshot)
    }

    /// `syncSnapshot()` for the sync engine: suspends instead of blocking a thread.
    public func readSyncSnapshot() async throws(RegistryError) -> SyncSnapshot {
        try await readAsync(Self.syncSnapshot)
    }

    private static func syncSnapshot(_ db: Database) throws -> SyncSnapshot {
        let counts = try OutboxCountsRow.fetchOne(db, sql: OutboxCountsRow.select)
        return SyncSnapshot(
            pending: counts?.pending ?? 0, oldestPending: counts?.oldestPending, failed: counts?.failed ?? 0,
            lastContact: try SyncStateValues.date(SyncStateValues.lastContact, db: db),
            lastSync: try SyncStateValues.date(SyncStateValues.lastSync, db: db)
        )
    }

    /// Operations the central refused for good, oldest first.
    public func failedOperations() throws(RegistryError) -> [FailedOperation] {
        try readSingleStatement { db in try FailedOperationRow.fetchAll(db, sql: FailedOperationRow.select).map(\.operation) }
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

    /// The payload hashes of this kiosk's ACKNOWLEDGED operations, in sequence order (what the
    /// convergence check digests; after a quiet period they match the central's).
    public func acknowledgedPayloadHashes(kioskID: String) throws(RegistryError) -> [String] {
        try readSingleStatement { db in
            try String.fetchAll(db, sql: """
                SELECT payload_sha256 FROM outbox WHERE kiosk_id = ? AND acknowledged_at IS NOT NULL ORDER BY sequence
                """, arguments: [Self.canonicalKioskID(kioskID)])
        }
    }

    /// The kiosk id of the newest outbox operation (the id a kiosk without a configured one pulls as).
    public func newestOutboxKioskID() async throws(RegistryError) -> String? {
        try await readAsync { db in
            try String.fetchOne(db, sql: "SELECT kiosk_id FROM outbox ORDER BY kiosk_id DESC, sequence DESC LIMIT 1")
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
