extension PostgresSchema {
    /// Version 2: trust bundles — issuers, revocations per issuer, the pinned root, published bundles.
    static let trustBundleV1 = [
        """
        CREATE TABLE trust_issuer (
            public_key text PRIMARY KEY,
            key_id integer NOT NULL CHECK (key_id BETWEEN 0 AND 255),
            label text NOT NULL,
            scope text NOT NULL,
            sign_until_ms bigint NOT NULL,
            verify_until_ms bigint NOT NULL,
            added_seq bigserial NOT NULL
        )
        """,
        "CREATE TABLE trust_revoked_pass (issuer text NOT NULL, serial bigint NOT NULL CHECK (serial >= 1), PRIMARY KEY (issuer, serial))",
        "CREATE TABLE trust_revoked_before (issuer text PRIMARY KEY, day text NOT NULL)",
        "CREATE TABLE trust_root (id integer PRIMARY KEY CHECK (id = 1), public_key text NOT NULL)",
        """
        CREATE TABLE trust_bundle (
            version bigint PRIMARY KEY CHECK (version >= 1),
            file_base64 text NOT NULL,
            expires_at_ms bigint NOT NULL,
            published_at_ms bigint NOT NULL
        )
        """,
    ]
}
