import Foundation
import ProvincialTrust

/// What the central keeps for trust bundles (docs/trust-bundle.md): the pass issuers it will list, the
/// revocations per (issuer, serial) and "before day", the pinned provincial root, and every published bundle.
/// Both backends implement it in one transaction per call; tested on SQLite and PostgreSQL.
public protocol CentralTrustStorage: Sendable {
    /// Adds an issuer, or replaces the one with the same public key.
    func upsertIssuer(_ issuer: BundleIssuer) async throws(CentralStorageError)
    /// Removes the issuer with this public key (Base64); `.invalid` when there is none.
    func removeIssuer(publicKey: String) async throws(CentralStorageError)
    /// Every issuer, oldest first.
    func issuers() async throws(CentralStorageError) -> [BundleIssuer]
    /// Revokes one pass of one issuer (idempotent).
    func revokeIssuedPass(_ revoked: RevokedPass) async throws(CentralStorageError)
    /// Revokes every pass of an issuer issued before a day; a later day replaces an earlier one, never the reverse.
    func revokeIssued(before: RevokedBefore) async throws(CentralStorageError)
    /// Every revocation, in a stable order.
    func issuerRevocations() async throws(CentralStorageError) -> IssuerRevocations
    /// Pins the provincial root (Base64 public key); refuses to replace another pinned root unless `replacing`.
    func pinTrustRoot(publicKey: String, replacing: Bool) async throws(CentralStorageError)
    /// The pinned provincial root, if any.
    func pinnedTrustRoot() async throws(CentralStorageError) -> String?
    /// Stores a verified signed bundle; `.invalid` when its version is not above the newest published.
    func publishTrustBundle(_ bundle: PublishedTrustBundle) async throws(CentralStorageError)
    /// The newest published bundle, if any.
    func latestTrustBundle() async throws(CentralStorageError) -> PublishedTrustBundle?
    /// The newest published bundle's version and expiry, if any.
    func latestTrustBundleSummary() async throws(CentralStorageError) -> TrustBundleSummary?
}

/// The central's revocations, as a bundle lists them.
public struct IssuerRevocations: Hashable, Sendable {
    public var passes: [RevokedPass]
    public var before: [RevokedBefore]

    public init(passes: [RevokedPass], before: [RevokedBefore]) {
        self.passes = passes
        self.before = before
    }
}

/// A signed bundle the central published: the file exactly as signed, its version and expiry.
public struct PublishedTrustBundle: Hashable, Sendable {
    public var version: Int64
    public var file: Data
    public var expiresAt: Date
    public var publishedAt: Date

    public init(version: Int64, file: Data, expiresAt: Date, publishedAt: Date) {
        self.version = version
        self.file = file
        self.expiresAt = expiresAt
        self.publishedAt = publishedAt
    }
}

/// Input checks both backends share.
enum TrustRecordCheck {
    static func key(_ base64: String, _ what: String) throws(CentralStorageError) {
        guard let raw = Data(base64Encoded: base64), raw.count == 32 else { throw .invalid("\(what) is not Base64 of a 32-byte Ed25519 public key") }
    }

    static func issuer(_ issuer: BundleIssuer) throws(CentralStorageError) {
        try key(issuer.publicKey, "the issuer's public key")
        guard (0...255).contains(issuer.keyID) else { throw .invalid("key id \(issuer.keyID) is not 0–255") }
        guard issuer.scope == BundleIssuer.centralScope
            || (issuer.scope.hasPrefix("kiosk:") && KioskIDCheck.isValid(String(issuer.scope.dropFirst(6)))) else {
            throw .invalid("a scope is central or kiosk:<KIOSK-ID> (A–Z, 0–9, -)")
        }
        guard issuer.verifyUntil >= issuer.signUntil else { throw .invalid("verify-until is before sign-until") }
        guard issuer.label.count <= TrustBundleLimits.maxTextLength,
              !issuer.label.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .invalid("the label is longer than \(TrustBundleLimits.maxTextLength) characters or holds control characters")
        }
    }

    static func revoked(_ revoked: RevokedPass) throws(CentralStorageError) {
        try key(revoked.issuer, "the issuer")
        guard (1...Int64(UInt32.max)).contains(revoked.serial) else { throw .invalid("pass serial \(revoked.serial) is not 1–\(UInt32.max)") }
    }

    static func before(_ before: RevokedBefore) throws(CentralStorageError) {
        try key(before.issuer, "the issuer")
        guard before.day.count == 10, before.day.allSatisfy({ $0.isNumber || $0 == "-" }), ISO8601DateFormatter.day(before.day) != nil else {
            throw .invalid("the day is not YYYY-MM-DD")
        }
    }
}

extension ISO8601DateFormatter {
    static func day(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text)
    }
}

/// The newest published bundle's version and expiry, without its bytes (every pull reads it).
public struct TrustBundleSummary: Hashable, Sendable {
    public var version: Int64
    public var expiresAt: Date

    public init(version: Int64, expiresAt: Date) {
        self.version = version
        self.expiresAt = expiresAt
    }
}
