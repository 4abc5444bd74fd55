import GRDB

/// The `field_bundle_kiosk` table on SQLite (migration `field-bundles-v1`).
enum SQLiteFieldBundleSchema {
    static func v1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE field_bundle_kiosk (
                kiosk_id TEXT PRIMARY KEY NOT NULL,
                highest_serial INTEGER NOT NULL,
                bundle_id TEXT NOT NULL,
                reply_key TEXT NOT NULL,
                pull_scope TEXT NOT NULL,
                pull_cursor INTEGER NOT NULL,
                imported_at_ms INTEGER NOT NULL
            )
            """)
    }
}
