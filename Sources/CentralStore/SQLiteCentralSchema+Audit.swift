import GRDB

extension SQLiteCentralSchema {
    /// The audit trail, PIN verifiers and assisted applications ("audit-v1"), the same tables as PostgreSQL
    /// schema version 5 (`PostgresSchema.auditV1`):
    /// - `audit_entry`: every kiosk's entries as sealed (`entry`, the entry's JSON), one per (kiosk, index),
    ///   the citizen only masked plus `citizen_key`, a keyed hash of the full CNIC for `audit list --cnic`;
    /// - `audit_problem`: what the arrival checks found (a forked chain, a broken link) — reported, never
    ///   silently accepted;
    /// - `audit_key`: the central's random key for `citizen_key` (one row);
    /// - `pin_verifier`: each citizen's newest PIN verifier and lock-out state, with the clock readings;
    /// - `application.assisted_by`: the operator who applied on the citizen's behalf.
    static func auditV1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE audit_entry (
                kiosk_id TEXT NOT NULL,
                chain_index INTEGER NOT NULL CHECK (chain_index >= 1),
                at_ms INTEGER NOT NULL,
                action TEXT NOT NULL,
                operator_id TEXT,
                cosigner_id TEXT,
                citizen TEXT,
                citizen_key TEXT,
                hash TEXT NOT NULL,
                entry TEXT NOT NULL,
                op_id TEXT NOT NULL,
                received_at_ms INTEGER NOT NULL,
                PRIMARY KEY (kiosk_id, chain_index)
            );
            CREATE INDEX audit_entry_by_citizen ON audit_entry(citizen_key, at_ms);

            CREATE TABLE audit_problem (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                kiosk_id TEXT NOT NULL,
                chain_index INTEGER NOT NULL,
                kind TEXT NOT NULL,
                received_hash TEXT NOT NULL,
                entry TEXT NOT NULL,
                received_at_ms INTEGER NOT NULL,
                UNIQUE (kiosk_id, chain_index, kind, received_hash)
            );

            CREATE TABLE audit_key (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                key BLOB NOT NULL
            );

            CREATE TABLE pin_verifier (
                cnic TEXT PRIMARY KEY NOT NULL,
                district_code INTEGER NOT NULL,
                hash TEXT,
                salt TEXT,
                cost INTEGER,
                changed_hlc TEXT,
                failed_attempts INTEGER NOT NULL,
                locked_until_ms INTEGER,
                state_hlc TEXT NOT NULL,
                kiosk_id TEXT NOT NULL
            );

            ALTER TABLE application ADD COLUMN assisted_by TEXT;
            """)
    }
}
