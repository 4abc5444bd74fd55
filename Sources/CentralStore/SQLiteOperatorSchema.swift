import GRDB

/// The `operator_account` table on SQLite (migration `operators-v1`, after `devices`): one row per operator,
/// its verifier in columns (never a secret).
enum SQLiteOperatorSchema {
    static func operatorsV1(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE operator_account (
                operator_id TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('operator', 'supervisor')),
                centre TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('active', 'disabled')),
                credential_kind TEXT NOT NULL CHECK (credential_kind IN ('one-time-code', 'password')),
                credential_hash TEXT NOT NULL,
                credential_salt TEXT NOT NULL,
                credential_cost INTEGER NOT NULL,
                credential_version INTEGER NOT NULL CHECK (credential_version >= 1),
                credential_set_at_ms INTEGER NOT NULL,
                credential_set_by TEXT NOT NULL,
                created_at_ms INTEGER NOT NULL,
                updated_at_ms INTEGER NOT NULL
            );
            CREATE INDEX operator_account_by_centre ON operator_account(centre);
            """)
    }
}
