import GRDB

/// The `device` table on SQLite (migration `devices`, after `v1`): one row per kiosk id.
enum SQLiteDeviceSchema {
    static func devices(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE device (
                kiosk_id TEXT PRIMARY KEY NOT NULL,
                device_public_key TEXT NOT NULL,
                issuer_public_key TEXT NOT NULL,
                centre TEXT NOT NULL,
                districts TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'revoked')),
                code TEXT NOT NULL,
                requested_at_ms INTEGER NOT NULL,
                decided_at_ms INTEGER
            );
            CREATE INDEX device_by_status ON device(status);
            """)
    }
}
