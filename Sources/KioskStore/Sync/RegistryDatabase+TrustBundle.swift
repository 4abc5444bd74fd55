import Foundation
import GRDB

/// The trust bundle a kiosk holds: the last one that verified (see KioskSync's `TrustBundleFetch`).
public struct HeldTrustBundle: Hashable, Sendable {
    public var version: Int64
    /// The signed file, as received.
    public var file: Data
    public var storedAt: Date
}

extension RegistryDatabase {
    /// The last good bundle, if any.
    public func heldTrustBundle() throws(RegistryError) -> HeldTrustBundle? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT version, file, stored_at FROM trust_bundle WHERE id = 1").map { row in
                HeldTrustBundle(version: row["version"], file: row["file"], storedAt: Date(timeIntervalSince1970: row["stored_at"]))
            }
        }
    }

    /// The held bundle's version, off the cooperative pool's threads.
    public func heldTrustBundleVersion() async throws(RegistryError) -> Int64? {
        try await readAsync { db in try Int64.fetchOne(db, sql: "SELECT version FROM trust_bundle WHERE id = 1") }
    }

    /// Stores a verified bundle and remembers its issuers, in one transaction. Returns false (and changes
    /// nothing) when the version is not above the one held — a rollback guard below the verifier's own.
    @discardableResult
    public func storeTrustBundle(version: Int64, file: Data, issuerKeys: [String], at instant: Date) async throws(RegistryError) -> Bool {
        let trust = TrustBundleToStore(version: version, file: file, issuerKeys: issuerKeys)
        return try await writeAsync { db in try Self.storeTrustBundle(trust, at: instant, db: db) }
    }

    /// The store, inside the caller's transaction.
    static func storeTrustBundle(_ trust: TrustBundleToStore, at instant: Date, db: Database) throws -> Bool {
        if let held = try Int64.fetchOne(db, sql: "SELECT version FROM trust_bundle WHERE id = 1"), trust.version <= held { return false }
        try db.execute(
            sql: """
                INSERT INTO trust_bundle (id, version, file, stored_at) VALUES (1, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET version = excluded.version, file = excluded.file, stored_at = excluded.stored_at
                """,
            arguments: [trust.version, trust.file, instant.timeIntervalSince1970])
        for key in trust.issuerKeys {
            try db.execute(
                sql: "INSERT INTO trust_bundle_issuer_seen (public_key, first_version) VALUES (?, ?) ON CONFLICT DO NOTHING",
                arguments: [key, trust.version])
        }
        return true
    }

    /// Every issuer key (Base64) a stored bundle ever listed.
    public func trustBundleIssuersSeen() throws(RegistryError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT public_key FROM trust_bundle_issuer_seen ORDER BY first_version, public_key") }
    }
}

/// A trust bundle that verified against the pinned root, ready to store: its version, the signed file and
/// its issuers' keys.
public struct TrustBundleToStore: Hashable, Sendable {
    public var version: Int64
    public var file: Data
    public var issuerKeys: [String]

    public init(version: Int64, file: Data, issuerKeys: [String]) {
        self.version = version
        self.file = file
        self.issuerKeys = issuerKeys
    }
}
