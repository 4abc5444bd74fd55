import Foundation
import Logging
import PostgresNIO
import ProvincialTrust

extension PostgresCentralStorage {
    /// The advisory lock publishing takes, so two publishers cannot both pass the version check ("KPTB").
    static let trustBundleLockKey: Int64 = 0x4B50_5442

    public func upsertIssuer(_ issuer: BundleIssuer) async throws(CentralStorageError) {
        try TrustRecordCheck.issuer(issuer)
        let logger = self.logger
        _ = try await transaction { connection in
            try await connection.query("""
                INSERT INTO trust_issuer (public_key, key_id, label, scope, sign_until_ms, verify_until_ms)
                VALUES (\(issuer.publicKey), \(issuer.keyID), \(issuer.label), \(issuer.scope), \(issuer.signUntil.millisSince1970),
                    \(issuer.verifyUntil.millisSince1970))
                ON CONFLICT (public_key) DO UPDATE SET key_id = excluded.key_id, label = excluded.label, scope = excluded.scope,
                    sign_until_ms = excluded.sign_until_ms, verify_until_ms = excluded.verify_until_ms
                """, logger: logger)
        }
    }

    public func removeIssuer(publicKey: String) async throws(CentralStorageError) {
        let logger = self.logger
        _ = try await transaction { connection in
            let rows = try await connection.query("DELETE FROM trust_issuer WHERE public_key = \(publicKey) RETURNING key_id", logger: logger)
            var removed = 0
            for try await _ in rows.decode(Int.self) { removed += 1 }
            guard removed == 1 else { throw CentralStorageError.invalid("no issuer has that public key") }
        }
    }

    public func issuers() async throws(CentralStorageError) -> [BundleIssuer] {
        let logger = self.logger
        return try await run { connection in
            let rows = try await connection.query(
                "SELECT public_key, key_id, label, scope, sign_until_ms, verify_until_ms FROM trust_issuer ORDER BY added_seq", logger: logger)
            var issuers: [BundleIssuer] = []
            for try await (key, keyID, label, scope, signUntil, verifyUntil) in rows.decode((String, Int, String, String, Int64, Int64).self) {
                issuers.append(BundleIssuer(
                    publicKey: key, keyID: keyID, label: label, scope: scope, signUntil: Date(millis: signUntil), verifyUntil: Date(millis: verifyUntil)))
            }
            return issuers
        }
    }

    public func revokeIssuedPass(_ revoked: RevokedPass) async throws(CentralStorageError) {
        try TrustRecordCheck.revoked(revoked)
        let logger = self.logger
        _ = try await transaction { connection in
            try await connection.query(
                "INSERT INTO trust_revoked_pass (issuer, serial) VALUES (\(revoked.issuer), \(revoked.serial)) ON CONFLICT DO NOTHING", logger: logger)
        }
    }

    public func revokeIssued(before: RevokedBefore) async throws(CentralStorageError) {
        try TrustRecordCheck.before(before)
        let logger = self.logger
        _ = try await transaction { connection in
            try await connection.query("""
                INSERT INTO trust_revoked_before (issuer, day) VALUES (\(before.issuer), \(before.day))
                ON CONFLICT (issuer) DO UPDATE SET day = GREATEST(trust_revoked_before.day, excluded.day)
                """, logger: logger)
        }
    }

    public func issuerRevocations() async throws(CentralStorageError) -> IssuerRevocations {
        let logger = self.logger
        return try await run { connection in
            var passes: [RevokedPass] = []
            for try await (issuer, serial) in try await connection.query(
                "SELECT issuer, serial FROM trust_revoked_pass ORDER BY issuer COLLATE \"C\", serial", logger: logger
            ).decode((String, Int64).self) {
                passes.append(RevokedPass(issuer: issuer, serial: serial))
            }
            var before: [RevokedBefore] = []
            for try await (issuer, day) in try await connection.query(
                "SELECT issuer, day FROM trust_revoked_before ORDER BY issuer COLLATE \"C\"", logger: logger
            ).decode((String, String).self) {
                before.append(RevokedBefore(issuer: issuer, day: day))
            }
            return IssuerRevocations(passes: passes, before: before)
        }
    }

    public func pinTrustRoot(publicKey: String, replacing: Bool) async throws(CentralStorageError) {
        try TrustRecordCheck.key(publicKey, "the root")
        let logger = self.logger
        _ = try await transaction { connection in
            for try await held in try await connection.query("SELECT public_key FROM trust_root WHERE id = 1 FOR UPDATE", logger: logger).decode(String.self)
            where held != publicKey && !replacing {
                throw CentralStorageError.invalid("another provincial root is pinned (\(held.prefix(12))…); pass --replace to change it")
            }
            try await connection.query("""
                INSERT INTO trust_root (id, public_key) VALUES (1, \(publicKey))
                ON CONFLICT (id) DO UPDATE SET public_key = excluded.public_key
                """, logger: logger)
        }
    }

    public func pinnedTrustRoot() async throws(CentralStorageError) -> String? {
        let logger = self.logger
        return try await run { connection in
            var held: String?
            for try await key in try await connection.query("SELECT public_key FROM trust_root WHERE id = 1", logger: logger).decode(String.self) {
                held = key
            }
            return held
        }
    }

    public func publishTrustBundle(_ bundle: PublishedTrustBundle) async throws(CentralStorageError) {
        let logger = self.logger
        let file = bundle.file.base64EncodedString()
        _ = try await transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(Self.trustBundleLockKey))", logger: logger)
            for try await newest in try await connection.query("SELECT MAX(version) FROM trust_bundle", logger: logger).decode(Int64?.self) {
                if let newest, bundle.version <= newest {
                    throw CentralStorageError.invalid("trust bundle version \(bundle.version) is not above the published version \(newest) (a rollback)")
                }
            }
            try await connection.query("""
                INSERT INTO trust_bundle (version, file_base64, expires_at_ms, published_at_ms)
                VALUES (\(bundle.version), \(file), \(bundle.expiresAt.millisSince1970), \(bundle.publishedAt.millisSince1970))
                """, logger: logger)
        }
    }

    public func latestTrustBundle() async throws(CentralStorageError) -> PublishedTrustBundle? {
        let logger = self.logger
        return try await run { connection in
            var latest: PublishedTrustBundle?
            for try await (version, file, expires, published) in try await connection.query(
                "SELECT version, file_base64, expires_at_ms, published_at_ms FROM trust_bundle ORDER BY version DESC LIMIT 1", logger: logger
            ).decode((Int64, String, Int64, Int64).self) {
                guard let data = Data(base64Encoded: file) else { throw CentralStorageError.unavailable("the stored trust bundle \(version) is damaged") }
                latest = PublishedTrustBundle(version: version, file: data, expiresAt: Date(millis: expires), publishedAt: Date(millis: published))
            }
            return latest
        }
    }

    public func latestTrustBundleSummary() async throws(CentralStorageError) -> TrustBundleSummary? {
        let logger = self.logger
        return try await run { connection in
            var latest: TrustBundleSummary?
            for try await (version, expires) in try await connection.query(
                "SELECT version, expires_at_ms FROM trust_bundle ORDER BY version DESC LIMIT 1", logger: logger
            ).decode((Int64, Int64).self) {
                latest = TrustBundleSummary(version: version, expiresAt: Date(millis: expires))
            }
            return latest
        }
    }
}
