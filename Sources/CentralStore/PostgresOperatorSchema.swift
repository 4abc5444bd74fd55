/// The `operator_account` table on PostgreSQL (schema version 4): one row per operator, its verifier in
/// columns (never a secret).
enum PostgresOperatorSchema {
    static let operatorsV1 = [
        """
        CREATE TABLE operator_account (
            operator_id text PRIMARY KEY,
            name text NOT NULL,
            role text NOT NULL CHECK (role IN ('operator', 'supervisor')),
            centre text NOT NULL,
            status text NOT NULL CHECK (status IN ('active', 'disabled')),
            credential_kind text NOT NULL CHECK (credential_kind IN ('one-time-code', 'password')),
            credential_hash text NOT NULL,
            credential_salt text NOT NULL,
            credential_cost integer NOT NULL,
            credential_version bigint NOT NULL CHECK (credential_version >= 1),
            credential_set_at_ms bigint NOT NULL,
            credential_set_by text NOT NULL,
            created_at_ms bigint NOT NULL,
            updated_at_ms bigint NOT NULL
        )
        """,
        "CREATE INDEX operator_account_by_centre ON operator_account(centre)",
    ]
}
