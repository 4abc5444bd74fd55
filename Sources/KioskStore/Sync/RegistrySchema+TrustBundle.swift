import GRDB

extension RegistrySchema {
    /// The last good trust bundle ("v5-trust-bundle"): its signed file as received (it verifies again on every
    /// read), its version, when it was stored; and every issuer key a bundle ever listed, so a pass from a key
    /// since removed is refused as "issuer removed" rather than "unknown signer".
    static func v5TrustBundle(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE trust_bundle (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                version INTEGER NOT NULL CHECK (version >= 1),
                file BLOB NOT NULL,
                stored_at REAL NOT NULL
            );
            CREATE TABLE trust_bundle_issuer_seen (
                public_key TEXT PRIMARY KEY NOT NULL,
                first_version INTEGER NOT NULL
            ) WITHOUT ROWID;
            """)
    }
}
