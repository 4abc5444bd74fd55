extension PostgresSchema {
    /// Schema version 5: the audit trail, PIN verifiers and assisted applications, as SQLite's "audit-v1"
    /// (`SQLiteCentralSchema.auditV1` says what each table holds).
    static let auditV1 = [
        """
        CREATE TABLE audit_entry (
            kiosk_id text NOT NULL,
            chain_index bigint NOT NULL CHECK (chain_index >= 1),
            at_ms bigint NOT NULL,
            action text NOT NULL,
            operator_id text,
            cosigner_id text,
            citizen text,
            citizen_key text,
            hash text NOT NULL,
            entry text NOT NULL,
            op_id text NOT NULL,
            received_at_ms bigint NOT NULL,
            PRIMARY KEY (kiosk_id, chain_index)
        )
        """,
        "CREATE INDEX audit_entry_by_citizen ON audit_entry (citizen_key, at_ms)",
        """
        CREATE TABLE audit_problem (
            id bigserial PRIMARY KEY,
            kiosk_id text NOT NULL,
            chain_index bigint NOT NULL,
            kind text NOT NULL,
            received_hash text NOT NULL,
            entry text NOT NULL,
            received_at_ms bigint NOT NULL,
            UNIQUE (kiosk_id, chain_index, kind, received_hash)
        )
        """,
        "CREATE TABLE audit_key (id integer PRIMARY KEY CHECK (id = 1), key bytea NOT NULL)",
        """
        CREATE TABLE pin_verifier (
            cnic text PRIMARY KEY,
            district_code integer NOT NULL,
            hash text,
            salt text,
            cost integer,
            changed_hlc text,
            failed_attempts integer NOT NULL,
            locked_until_ms bigint,
            state_hlc text NOT NULL,
            kiosk_id text NOT NULL
        )
        """,
        "ALTER TABLE application ADD COLUMN assisted_by text",
    ]
}
