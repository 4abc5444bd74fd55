import GRDB

extension RegistrySchema {
    /// Applications, the outbox and the per-kiosk sequence ("v2-applications").
    ///
    /// One per-kiosk counter (`kiosk_sequence.last`) numbers every outbox operation of that kiosk;
    /// an application takes the number of its `application.submitted` operation. So the outbox's
    /// sequence has no gaps (the central store can see a missing operation), and while submitting is
    /// the only operation, application sequences are contiguous too.
    ///
    /// `outbox.entity_id` names the row the operation is about; it has no foreign key, because later
    /// kinds of operation will be about other tables.
    static func v2Applications(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE kiosk_sequence (
                kiosk_id TEXT PRIMARY KEY NOT NULL,
                last INTEGER NOT NULL CHECK (last >= 0)
            ) WITHOUT ROWID;

            CREATE TABLE application (
                id TEXT PRIMARY KEY NOT NULL,
                tracking TEXT NOT NULL UNIQUE,
                kiosk_id TEXT NOT NULL,
                sequence INTEGER NOT NULL CHECK (sequence > 0),
                service_id TEXT NOT NULL,
                service_version INTEGER NOT NULL,
                cnic INTEGER NOT NULL REFERENCES citizen(cnic),
                answers TEXT NOT NULL CHECK (json_valid(answers)),
                fee INTEGER NOT NULL CHECK (fee >= 0),
                payment_reference TEXT NOT NULL,
                status TEXT NOT NULL,
                submitted_at REAL NOT NULL,
                status_changed_at REAL NOT NULL,
                UNIQUE (kiosk_id, sequence)
            );
            CREATE INDEX application_by_cnic ON application(cnic, submitted_at);
            CREATE INDEX application_by_time ON application(submitted_at);

            CREATE TABLE outbox (
                op_id TEXT PRIMARY KEY NOT NULL,
                kiosk_id TEXT NOT NULL,
                sequence INTEGER NOT NULL CHECK (sequence > 0),
                kind TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                payload TEXT NOT NULL CHECK (json_valid(payload)),
                payload_sha256 TEXT NOT NULL,
                created_at REAL NOT NULL,
                sent_at REAL,
                acknowledged_at REAL,
                UNIQUE (kiosk_id, sequence)
            );
            CREATE INDEX outbox_pending ON outbox(created_at) WHERE acknowledged_at IS NULL;
            """)
    }
}
