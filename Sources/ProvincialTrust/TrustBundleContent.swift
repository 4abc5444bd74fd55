import Foundation

/// What a trust bundle says: whom every kiosk believes. The root signs these exact bytes (see
/// `SignedTrustBundle` and docs/trust-bundle.md); the JSON keys are the ones below, unknown keys are ignored
/// (forward compatible), and every list is bounded on decode (`TrustBundleLimits`).
public struct TrustBundleContent: Codable, Hashable, Sendable {
    /// The bundle format this build writes and reads.
    public static let currentFormat = 1

    /// Always 1 for this build.
    public var format: Int
    /// Strictly increasing across published bundles; a kiosk refuses one not above what it holds.
    public var version: Int64
    /// When the draft was made (ISO 8601, UTC, whole seconds).
    public var issuedAt: Date
    /// When it should have been replaced: after this kiosks warn "trust list expired" but keep using it.
    public var expiresAt: Date
    /// The pass issuer keys.
    public var issuers: [BundleIssuer]
    /// Single revoked passes, each as (issuer key, serial).
    public var revokedPasses: [RevokedPass]
    /// "Every pass of this issuer issued before this day".
    public var revokedBefore: [RevokedBefore]
    /// Enrolled kiosks' device keys.
    public var devices: [BundleDevice]
    /// SHA-256 (lower-case hex) of the central's TLS certificates (DER).
    public var tlsFingerprints: [String]
    /// Operator accounts of every centre with their verifiers; each kiosk believes only its own centre's.
    public var operators: [BundleOperator]

    public init(
        version: Int64, issuedAt: Date, expiresAt: Date, issuers: [BundleIssuer] = [], revokedPasses: [RevokedPass] = [],
        revokedBefore: [RevokedBefore] = [], devices: [BundleDevice] = [], tlsFingerprints: [String] = [], operators: [BundleOperator] = []
    ) {
        self.format = Self.currentFormat
        self.version = version
        self.issuedAt = issuedAt
        self.expiresAt = expiresAt
        self.issuers = issuers
        self.revokedPasses = revokedPasses
        self.revokedBefore = revokedBefore
        self.devices = devices
        self.tlsFingerprints = tlsFingerprints
        self.operators = operators
    }

    enum CodingKeys: String, CodingKey {
        case format, version, issuedAt, expiresAt, issuers, revokedPasses, revokedBefore, devices, tlsFingerprints, operators
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        format = try c.decode(Int.self, forKey: .format)
        version = try c.decode(Int64.self, forKey: .version)
        issuedAt = try c.decode(Date.self, forKey: .issuedAt)
        expiresAt = try c.decode(Date.self, forKey: .expiresAt)
        issuers = try c.decodeIfPresent([BundleIssuer].self, forKey: .issuers) ?? []
        revokedPasses = try c.decodeIfPresent([RevokedPass].self, forKey: .revokedPasses) ?? []
        revokedBefore = try c.decodeIfPresent([RevokedBefore].self, forKey: .revokedBefore) ?? []
        devices = try c.decodeIfPresent([BundleDevice].self, forKey: .devices) ?? []
        tlsFingerprints = try c.decodeIfPresent([String].self, forKey: .tlsFingerprints) ?? []
        operators = try c.decodeIfPresent([BundleOperator].self, forKey: .operators) ?? []
    }

    /// The bytes a draft holds: JSON, keys sorted, two-space indents, dates ISO 8601 UTC, a final newline.
    /// Deterministic, so the same content always drafts the same bytes (the root signs bytes, not meaning).
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// Decodes content bytes and checks every field (see `TrustBundleLimits` and `TrustBundleContentCheck`).
    public static func decode(_ bytes: Data) throws(TrustBundleRefusal) -> TrustBundleContent {
        guard bytes.count <= TrustBundleLimits.maxContentBytes else {
            throw .tooLarge(bytes: bytes.count, limit: TrustBundleLimits.maxContentBytes)
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let content: TrustBundleContent
        do { content = try decoder.decode(TrustBundleContent.self, from: bytes) } catch {
            throw .corrupt("the content is not trust bundle JSON (\(TrustBundleContentCheck.words(error)))")
        }
        try TrustBundleContentCheck.check(content)
        return content
    }
}
