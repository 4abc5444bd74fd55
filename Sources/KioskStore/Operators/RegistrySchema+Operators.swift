import GRDB

extension RegistrySchema {
    /// What a kiosk keeps of operator accounts besides the trust bundle ("operators-v1"): the verifier of a
    /// password set HERE (used at once, before the next bundle carries it; of it and the bundle's, the newer
    /// version wins), and each operator's wrong tries and lock at this kiosk. Never a password.
    static func operatorsV1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE operator_local_credential (
                operator_id TEXT PRIMARY KEY NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('one-time-code', 'password')),
                hash BLOB NOT NULL CHECK (length(hash) = 32),
                salt BLOB NOT NULL,
                cost INTEGER NOT NULL CHECK (cost BETWEEN 10 AND 20),
                version INTEGER NOT NULL CHECK (version >= 1),
                set_at REAL NOT NULL,
                set_by TEXT NOT NULL
            ) WITHOUT ROWID;

            CREATE TABLE operator_attempt (
                operator_id TEXT PRIMARY KEY NOT NULL,
                failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
                locked_until REAL
            ) WITHOUT ROWID;
            """)
    }
}
