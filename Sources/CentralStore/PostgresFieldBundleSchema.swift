/// The `field_bundle_kiosk` table on PostgreSQL (schema version 6).
enum PostgresFieldBundleSchema {
    static let v1 = [
        """
        CREATE TABLE field_bundle_kiosk (
            kiosk_id text PRIMARY KEY,
            highest_serial bigint NOT NULL,
            bundle_id text NOT NULL,
            reply_key text NOT NULL,
            pull_scope text NOT NULL,
            pull_cursor bigint NOT NULL,
            imported_at_ms bigint NOT NULL
        )
        """,
    ]
}
