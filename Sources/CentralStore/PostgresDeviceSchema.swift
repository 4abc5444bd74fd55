/// The `device` table on PostgreSQL (schema version 2): one row per kiosk id.
enum PostgresDeviceSchema {
    static let devices = [
        """
        CREATE TABLE device (
            kiosk_id text PRIMARY KEY,
            device_public_key text NOT NULL,
            issuer_public_key text NOT NULL,
            centre text NOT NULL,
            districts text NOT NULL,
            status text NOT NULL CHECK (status IN ('pending', 'approved', 'revoked')),
            code text NOT NULL,
            requested_at_ms bigint NOT NULL,
            decided_at_ms bigint
        )
        """,
        "CREATE INDEX device_by_status ON device(status)",
    ]
}
