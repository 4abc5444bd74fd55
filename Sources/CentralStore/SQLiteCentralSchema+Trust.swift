import GRDB

extension SQLiteCentralSchema {
    /// Trust bundles: issuers, revocations per issuer, the pinned root, published bundles.
    static func trustBundleV1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE trust_issuer (
                public_key TEXT PRIMARY KEY NOT NULL,
                key_id INTEGER NOT NULL CHECK (key_id BETWEEN 0 AND 255),
                label TEXT NOT NULL,
                scope TEXT NOT NULL,
                sign_until_ms INTEGER NOT NULL,
                verify_until_ms INTEGER NOT NULL,
                added_seq INTEGER NOT NULL
            );
            CREATE TABLE trust_revoked_pass (
                issuer TEXT NOT NULL,
                serial INTEGER NOT NULL CHECK (serial >= 1),
                PRIMARY KEY (issuer, serial)
            );
            CREATE TABLE trust_revoked_before (
                issuer TEXT PRIMARY KEY NOT NULL,
                day TEXT NOT NULL
            );
            CREATE TABLE trust_root (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                public_key TEXT NOT NULL
            );
            CREATE TABLE trust_bundle (
                version INTEGER PRIMARY KEY NOT NULL CHECK (version >= 1),
                file BLOB NOT NULL,
                expires_at_ms INTEGER NOT NULL,
                published_at_ms INTEGER NOT NULL
            );
            """)
    }
}
