import Logging
import PostgresNIO

/// The PostgreSQL central store's schema, created idempotently at open and versioned in `schema_version`.
/// A version, once shipped, is never edited: change the schema by adding the next version.
enum PostgresSchema {
    /// Every version this build knows: its number and its statements (one per query).
    static let versions: [(version: Int, statements: [String])] = [(1, v1), (2, trustBundleV1), (3, PostgresDeviceSchema.devices), (4, PostgresOperatorSchema.operatorsV1)]

    /// The advisory lock key that serialises schema creation between servers opening at once ("KPCS").
    static let schemaLockKey: Int64 = 0x4B50_4353
    /// The advisory lock key every change-log append takes first, so appends commit in id order ("KPCL").
    static let changeLogLockKey: Int64 = 0x4B50_434C

    /// Brings the database to the newest version in one transaction; refuses a database a newer build wrote.
    static func migrate(_ connection: PostgresConnection, logger: Logger, now: Int64) async throws {
        try await connection.query("SELECT pg_advisory_xact_lock(\(schemaLockKey))", logger: logger)
        try await connection.query(
            "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied_at_ms bigint NOT NULL)", logger: logger)
        var current = 0
        for try await version in try await connection.query("SELECT COALESCE(MAX(version), 0) FROM schema_version", logger: logger).decode(Int.self) {
            current = version
        }
        let newest = versions.last?.version ?? 0
        if current > newest {
            throw CentralStorageError.badLocation("the PostgreSQL database has central store schema version \(current); this build knows up to \(newest)")
        }
        for (version, statements) in versions where version > current {
            for statement in statements {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
            try await connection.query("INSERT INTO schema_version (version, applied_at_ms) VALUES (\(version), \(now))", logger: logger)
            logger.info("central store schema migrated", metadata: ["storage": "postgres", "version": "\(version)"])
        }
    }

    /// Operations, applications, conflicts, kiosks, the change log, the registry and the trust list.
    private static let v1 = [
        """
        CREATE TABLE operation (
            op_id text PRIMARY KEY,
            kiosk_id text NOT NULL,
            sequence bigint NOT NULL CHECK (sequence >= 1),
            hlc text NOT NULL,
            kind text NOT NULL,
            entity_id text NOT NULL,
            payload text NOT NULL,
            payload_sha256 text NOT NULL,
            received_at_ms bigint NOT NULL,
            UNIQUE (kiosk_id, sequence)
        )
        """,
        """
        CREATE TABLE application (
            id text PRIMARY KEY,
            tracking text NOT NULL UNIQUE,
            kiosk_id text NOT NULL,
            sequence bigint NOT NULL,
            service_id text NOT NULL,
            service_version integer NOT NULL,
            cnic text NOT NULL CHECK (cnic ~ '^[0-9]{13}$'),
            answers text NOT NULL,
            fee bigint NOT NULL,
            payment_reference text NOT NULL,
            status text NOT NULL,
            submitted_at text NOT NULL,
            received_at_ms bigint NOT NULL,
            status_changed_at_ms bigint NOT NULL
        )
        """,
        "CREATE INDEX application_by_submitted ON application (submitted_at, sequence)",
        """
        CREATE TABLE conflict (
            id bigserial PRIMARY KEY,
            op_id text NOT NULL,
            kiosk_id text NOT NULL,
            sequence bigint NOT NULL,
            stored_sha256 text NOT NULL,
            received_sha256 text NOT NULL,
            received_at_ms bigint NOT NULL,
            reason text NOT NULL
        )
        """,
        "CREATE INDEX conflict_by_kiosk ON conflict (kiosk_id)",
        "CREATE TABLE kiosk (kiosk_id text PRIMARY KEY, last_seen_ms bigint NOT NULL, lag_ms bigint NOT NULL)",
        "CREATE TABLE change_log (id bigserial PRIMARY KEY, kind text NOT NULL, scope text NOT NULL, body text NOT NULL)",
        "CREATE INDEX change_log_by_scope ON change_log (scope, id)",
        """
        CREATE TABLE citizen (
            cnic text PRIMARY KEY,
            name_latin text NOT NULL,
            name_urdu text NOT NULL,
            guardian_latin text NOT NULL,
            guardian_urdu text NOT NULL,
            guardian_relation text NOT NULL,
            gender text NOT NULL,
            birth_date text NOT NULL,
            district_code integer NOT NULL,
            tehsil text NOT NULL,
            address text NOT NULL,
            mobile text NOT NULL,
            version bigint NOT NULL
        )
        """,
        "CREATE TABLE trusted_signer (key_id text PRIMARY KEY, public_key text NOT NULL, label text NOT NULL)",
        "CREATE TABLE revoked_pass (serial bigint PRIMARY KEY, revoked_at_ms bigint NOT NULL)",
    ]
}
