import GRDB

extension RegistrySchema {
    /// The audit trail and PIN sync ("audit-v1").
    ///
    /// - `audit_entry`: the kiosk's hash-chained, device-signed audit trail, one row per entry, `seq` the
    ///   entry's index (from 1). Rows are only ever appended (docs/audit-trail.md).
    /// - `pin_credential` gains the clock readings of its last verifier change (`changed_hlc`) and last
    ///   lock-out change (`state_hlc`), so a pulled change older than the kiosk's own is never applied.
    static func auditV1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE audit_entry (
                seq INTEGER PRIMARY KEY CHECK (seq >= 1),
                kiosk_id TEXT NOT NULL,
                at_ms INTEGER NOT NULL,
                action TEXT NOT NULL,
                operator_id TEXT,
                cosigner_id TEXT,
                citizen TEXT,
                detail TEXT NOT NULL,
                previous BLOB NOT NULL,
                hash BLOB NOT NULL,
                signature BLOB NOT NULL
            );
            ALTER TABLE pin_credential ADD COLUMN changed_hlc TEXT;
            ALTER TABLE pin_credential ADD COLUMN state_hlc TEXT;
            """)
    }
}
