import GRDB

extension RegistrySchema {
    /// What sync needs on the kiosk ("v3-sync").
    ///
    /// - `outbox` gains the operation's hybrid logical clock reading (`hlc`, made at submit; rows from
    ///   before this migration get one from `created_at` when first sent), how often it was sent
    ///   (`attempts`), the central's first receive time, and — for an operation the central refused for
    ///   good (conflict, rejected) — when and why (`failed_at`, `last_error`). A failed operation is
    ///   never retried automatically and never blocks the others.
    /// - `sync_state`: the kiosk's clock (`hlc`), last contact and last completed sync.
    /// - `sync_cursor`: the last central change applied, per pull scope (the districts asked for), saved in
    ///   the same transaction as the changes it covers.
    /// - `synced_signer`, `synced_revocation`: the trust list as the central sends it.
    static func v3Sync(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE outbox ADD COLUMN hlc TEXT;
            ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE outbox ADD COLUMN central_received_at REAL;
            ALTER TABLE outbox ADD COLUMN failed_at REAL;
            ALTER TABLE outbox ADD COLUMN last_error TEXT;
            CREATE INDEX outbox_to_send ON outbox(kiosk_id, sequence) WHERE acknowledged_at IS NULL AND failed_at IS NULL;

            CREATE TABLE sync_state (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE sync_cursor (
                scope TEXT PRIMARY KEY NOT NULL,
                cursor INTEGER NOT NULL CHECK (cursor >= 0),
                updated_at REAL NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE synced_signer (
                key_id TEXT PRIMARY KEY NOT NULL,
                public_key TEXT NOT NULL,
                label TEXT NOT NULL,
                removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1))
            ) WITHOUT ROWID;

            CREATE TABLE synced_revocation (
                serial INTEGER PRIMARY KEY,
                revoked_at REAL NOT NULL
            );
            """)
    }
}
