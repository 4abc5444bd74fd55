import Foundation
import GRDB
import ProvincialTrust

extension SQLiteCentralStorage {
    public func upsertIssuer(_ issuer: BundleIssuer) async throws(CentralStorageError) {
        try TrustRecordCheck.issuer(issuer)
        try await write { db in
            let next = (try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(added_seq), 0) + 1 FROM trust_issuer")) ?? 1
            try db.execute(
                sql: """
                    INSERT INTO trust_issuer (public_key, key_id, label, scope, sign_until_ms, verify_until_ms, added_seq)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (public_key) DO UPDATE SET key_id = excluded.key_id, label = excluded.label, scope = excluded.scope,
                        sign_until_ms = excluded.sign_until_ms, verify_until_ms = excluded.verify_until_ms
                    """,
                arguments: [issuer.publicKey, issuer.keyID, issuer.label, issuer.scope, issuer.signUntil.millisSince1970,
                            issuer.verifyUntil.millisSince1970, next])
        }
    }

    public func removeIssuer(publicKey: String) async throws(CentralStorageError) {
        try await write { db in
            try db.execute(sql: "DELETE FROM trust_issuer WHERE public_key = ?", arguments: [publicKey])
            guard db.changesCount == 1 else { throw CentralStorageError.invalid("no issuer has that public key") }
        }
    }

    public func issuers() async throws(CentralStorageError) -> [BundleIssuer] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM trust_issuer ORDER BY added_seq").map { row in
                BundleIssuer(
                    publicKey: row["public_key"], keyID: row["key_id"], label: row["label"], scope: row["scope"],
                    signUntil: Date(millis: row["sign_until_ms"]), verifyUntil: Date(millis: row["verify_until_ms"]))
            }
        }
    }

    public func revokeIssuedPass(_ revoked: RevokedPass) async throws(CentralStorageError) {
        try TrustRecordCheck.revoked(revoked)
        try await write { db in
            try db.execute(
                sql: "INSERT INTO trust_revoked_pass (issuer, serial) VALUES (?, ?) ON CONFLICT DO NOTHING",
                arguments: [revoked.issuer, revoked.serial])
        }
    }

    public func revokeIssued(before: RevokedBefore) async throws(CentralStorageError) {
        try TrustRecordCheck.before(before)
        try await write { db in
            try db.execute(
                sql: """
                    INSERT INTO trust_revoked_before (issuer, day) VALUES (?, ?)
                    ON CONFLICT (issuer) DO UPDATE SET day = MAX(day, excluded.day)
                    """,
                arguments: [before.issuer, before.day])
        }
    }

    public func issuerRevocations() async throws(CentralStorageError) -> IssuerRevocations {
        try await read { db in
            let passes = try Row.fetchAll(db, sql: "SELECT issuer, serial FROM trust_revoked_pass ORDER BY issuer, serial")
                .map { RevokedPass(issuer: $0["issuer"], serial: $0["serial"]) }
            let before = try Row.fetchAll(db, sql: "SELECT issuer, day FROM trust_revoked_before ORDER BY issuer")
                .map { RevokedBefore(issuer: $0["issuer"], day: $0["day"]) }
            return IssuerRevocations(passes: passes, before: before)
        }
    }

    public func pinTrustRoot(publicKey: String, replacing: Bool) async throws(CentralStorageError) {
        try TrustRecordCheck.key(publicKey, "the root")
        try await write { db in
            if let held = try String.fetchOne(db, sql: "SELECT public_key FROM trust_root WHERE id = 1"), held != publicKey, !replacing {
                throw CentralStorageError.invalid("another provincial root is pinned (\(held.prefix(12))…); pass --replace to change it")
            }
            try db.execute(
                sql: "INSERT INTO trust_root (id, public_key) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET public_key = excluded.public_key",
                arguments: [publicKey])
        }
    }

    public func pinnedTrustRoot() async throws(CentralStorageError) -> String? {
        try await read { db in try String.fetchOne(db, sql: "SELECT public_key FROM trust_root WHERE id = 1") }
    }

    public func publishTrustBundle(_ bundle: PublishedTrustBundle) async throws(CentralStorageError) {
        try await write { db in
            let newest = try Int64.fetchOne(db, sql: "SELECT MAX(version) FROM trust_bundle")
            if let newest, bundle.version <= newest {
                throw CentralStorageError.invalid("trust bundle version \(bundle.version) is not above the published version \(newest) (a rollback)")
            }
            try db.execute(
                sql: "INSERT INTO trust_bundle (version, file, expires_at_ms, published_at_ms) VALUES (?, ?, ?, ?)",
                arguments: [bundle.version, bundle.file, bundle.expiresAt.millisSince1970, bundle.publishedAt.millisSince1970])
        }
    }

    public func latestTrustBundle() async throws(CentralStorageError) -> PublishedTrustBundle? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM trust_bundle ORDER BY version DESC LIMIT 1").map { row in
                PublishedTrustBundle(
                    version: row["version"], file: row["file"], expiresAt: Date(millis: row["expires_at_ms"]),
                    publishedAt: Date(millis: row["published_at_ms"]))
            }
        }
    }

    public func latestTrustBundleSummary() async throws(CentralStorageError) -> TrustBundleSummary? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT version, expires_at_ms FROM trust_bundle ORDER BY version DESC LIMIT 1").map { row in
                TrustBundleSummary(version: row["version"], expiresAt: Date(millis: row["expires_at_ms"]))
            }
        }
    }
}
