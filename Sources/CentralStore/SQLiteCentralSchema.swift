import GRDB

/// The SQLite central store's schema as named migrations. A migration, once shipped, is never edited:
/// change the schema by registering a new one after the last.
enum SQLiteCentralSchema {
    /// Written into the SQLite header (`PRAGMA application_id`): "KPC1". A file with another id is not ours.
    static let applicationID: Int32 = 0x4B50_4331

    /// Every migration this build knows, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: v1)
        migrator.registerMigration("trust-bundle-v1", migrate: trustBundleV1)
        migrator.registerMigration("devices", migrate: SQLiteDeviceSchema.devices)
        migrator.registerMigration("operators-v1", migrate: SQLiteOperatorSchema.operatorsV1)
        return migrator
    }

    /// Operations, applications, conflicts, kiosks, the change log, the registry and the trust list.
    private static func v1(_ db: Database) throws {
        try db.execute(sql: """
            PRAGMA application_id = \(applicationID);

            CREATE TABLE operation (
                op_id TEXT PRIMARY KEY NOT NULL,
                kiosk_id TEXT NOT NULL,
                sequence INTEGER NOT NULL CHECK (sequence >= 1),
                hlc TEXT NOT NULL,
                kind TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                payload TEXT NOT NULL,
                payload_sha256 TEXT NOT NULL,
                received_at_ms INTEGER NOT NULL,
                UNIQUE (kiosk_id, sequence)
            );

            CREATE TABLE application (
                id TEXT PRIMARY KEY NOT NULL,
                tracking TEXT NOT NULL UNIQUE,
                kiosk_id TEXT NOT NULL,
                sequence INTEGER NOT NULL,
                service_id TEXT NOT NULL,
                service_version INTEGER NOT NULL,
                cnic TEXT NOT NULL CHECK (length(cnic) = 13 AND cnic NOT GLOB '*[^0-9]*'),
                answers TEXT NOT NULL,
                fee INTEGER NOT NULL,
                payment_reference TEXT NOT NULL,
                status TEXT NOT NULL,
                submitted_at TEXT NOT NULL,
                received_at_ms INTEGER NOT NULL,
                status_changed_at_ms INTEGER NOT NULL
            );
            CREATE INDEX application_by_submitted ON application(submitted_at, sequence);

            CREATE TABLE conflict (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                op_id TEXT NOT NULL,
                kiosk_id TEXT NOT NULL,
                sequence INTEGER NOT NULL,
                stored_sha256 TEXT NOT NULL,
                received_sha256 TEXT NOT NULL,
                received_at_ms INTEGER NOT NULL,
                reason TEXT NOT NULL
            );
            CREATE INDEX conflict_by_kiosk ON conflict(kiosk_id);

            CREATE TABLE kiosk (
                kiosk_id TEXT PRIMARY KEY NOT NULL,
                last_seen_ms INTEGER NOT NULL,
                lag_ms INTEGER NOT NULL
            );

            CREATE TABLE change_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                kind TEXT NOT NULL,
                scope TEXT NOT NULL,
                body TEXT NOT NULL
            );
            CREATE INDEX change_log_by_scope ON change_log(scope, id);

            CREATE TABLE citizen (
                cnic TEXT PRIMARY KEY NOT NULL,
                name_latin TEXT NOT NULL,
                name_urdu TEXT NOT NULL,
                guardian_latin TEXT NOT NULL,
                guardian_urdu TEXT NOT NULL,
                guardian_relation TEXT NOT NULL,
                gender TEXT NOT NULL,
                birth_date TEXT NOT NULL,
                district_code INTEGER NOT NULL,
                tehsil TEXT NOT NULL,
                address TEXT NOT NULL,
                mobile TEXT NOT NULL,
                version INTEGER NOT NULL
            );

            CREATE TABLE trusted_signer (
                key_id TEXT PRIMARY KEY NOT NULL,
                public_key TEXT NOT NULL,
                label TEXT NOT NULL
            );

            CREATE TABLE revoked_pass (
                serial INTEGER PRIMARY KEY,
                revoked_at_ms INTEGER NOT NULL
            );
            """)
    }
}
