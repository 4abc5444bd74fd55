import GRDB

/// The registry's schema as named migrations. A migration, once shipped, is never edited: change
/// the schema by registering a new one after the last.
enum RegistrySchema {
    /// Written into the SQLite header (`PRAGMA application_id`): "KPK1". A file with another id is not ours.
    static let applicationID: Int32 = 0x4B50_4B31

    /// Every migration this build knows, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: v1)
        migrator.registerMigration("v2-applications", migrate: v2Applications)
        migrator.registerMigration("v3-sync", migrate: v3Sync)
        migrator.registerMigration("v4-mobile-normal-form", migrate: v4MobileNormalForm)
        migrator.registerMigration("v5-trust-bundle", migrate: v5TrustBundle)
        migrator.registerMigration("operators-v1", migrate: operatorsV1)
        return migrator
    }

    /// Citizens, PIN credentials, passes, the name search index and a key-value table.
    ///
    /// The search index is contentless with `detail=none` (smallest, fastest): which name a token
    /// belongs to is written into the token itself (see `SearchDocument`), not kept as a column.
    private static func v1(_ db: Database) throws {
        try db.execute(sql: """
            PRAGMA application_id = \(applicationID);

            CREATE TABLE citizen (
                cnic INTEGER PRIMARY KEY CHECK (cnic BETWEEN 1000000000001 AND 7999999999999),
                name_latin TEXT NOT NULL,
                name_urdu TEXT NOT NULL,
                guardian_latin TEXT NOT NULL,
                guardian_urdu TEXT NOT NULL,
                guardian_relation TEXT NOT NULL CHECK (guardian_relation IN ('s/o', 'd/o', 'w/o')),
                gender TEXT NOT NULL CHECK (gender IN ('male', 'female')),
                birth_date TEXT NOT NULL,
                district_code INTEGER NOT NULL,
                tehsil TEXT NOT NULL,
                address TEXT NOT NULL,
                mobile TEXT NOT NULL
            );
            CREATE INDEX citizen_by_mobile ON citizen(mobile);

            CREATE TABLE pin_credential (
                cnic INTEGER PRIMARY KEY REFERENCES citizen(cnic) ON DELETE CASCADE,
                hash BLOB NOT NULL,
                salt BLOB NOT NULL,
                cost INTEGER NOT NULL,
                failed_attempts INTEGER NOT NULL DEFAULT 0,
                locked_until REAL
            );

            CREATE TABLE pass (
                serial INTEGER PRIMARY KEY,
                cnic INTEGER NOT NULL REFERENCES citizen(cnic),
                issued_on TEXT NOT NULL,
                expires_on TEXT NOT NULL,
                key_id TEXT NOT NULL,
                text TEXT NOT NULL,
                revoked_at REAL
            );
            CREATE INDEX pass_by_cnic ON pass(cnic);

            CREATE VIRTUAL TABLE citizen_search USING fts5(
                tokens,
                content = '', detail = none, tokenize = 'ascii', prefix = '1 2 3'
            );

            CREATE TABLE meta (
                key TEXT PRIMARY KEY NOT NULL,
                value TEXT NOT NULL
            ) WITHOUT ROWID;
            """)
    }
}
