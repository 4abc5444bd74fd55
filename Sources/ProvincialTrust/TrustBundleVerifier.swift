import Crypto
import Foundation

/// Believes a signed bundle only when the pinned root signed its exact bytes, its content keeps every rule,
/// and its version is above the one held. Expiry never refuses: it grades (`TrustBundleFreshness`).
public struct TrustBundleVerifier: Sendable {
    /// The provincial root the kiosk (or the central) pins.
    public let pinnedRoot: Curve25519.Signing.PublicKey
    /// How long before `expiresAt` operators are warned.
    public var warningWindow: TimeInterval

    public init(pinnedRoot: Curve25519.Signing.PublicKey, warningWindow: TimeInterval = 14 * 86_400) {
        self.pinnedRoot = pinnedRoot
        self.warningWindow = warningWindow
    }

    /// Verifies file bytes. `heldVersion`: the version already believed (nil when none): the new one must be above it.
    public func verify(_ fileData: Data, heldVersion: Int64?) throws(TrustBundleRefusal) -> VerifiedTrustBundle {
        let signed = try SignedTrustBundle(fileData: fileData)
        let pinned = pinnedRoot.rawRepresentation
        guard signed.rootPublicKey == pinned else {
            throw .wrongRoot(signedBy: Hex.encode(signed.rootPublicKey), pinned: Hex.encode(pinned))
        }
        guard pinnedRoot.isValidSignature(signed.signature, for: SignedTrustBundle.signedMessage(content: signed.content)) else {
            throw .badSignature
        }
        let content = try TrustBundleContent.decode(signed.content)
        if let heldVersion, content.version <= heldVersion { throw .rollback(offered: content.version, held: heldVersion) }
        return VerifiedTrustBundle(signed: signed, content: content)
    }

    /// How fresh a believed bundle is at `now`.
    public func freshness(of content: TrustBundleContent, now: Date) -> TrustBundleFreshness {
        TrustBundleFreshness.grade(expiresAt: content.expiresAt, now: now, warningWindow: warningWindow)
    }
}

/// A bundle whose signature, content and version checked out.
public struct VerifiedTrustBundle: Hashable, Sendable {
    /// The file as received (store these bytes: they verify again later).
    public let signed: SignedTrustBundle
    public let content: TrustBundleContent
}

/// Graded expiry: never a cliff. An expired bundle is still used, with a visible warning.
public enum TrustBundleFreshness: Hashable, Sendable {
    case current
    /// Expires within the warning window.
    case expiringSoon(expiresAt: Date)
    /// Past `expiresAt`: still used, operators are told.
    case expired(since: Date)

    /// `current`, `expiring-soon` or `expired`.
    public var code: String {
        switch self {
        case .current: "current"
        case .expiringSoon: "expiring-soon"
        case .expired: "expired"
        }
    }

    /// The warning for operators; nil when current.
    public var warning: String? {
        switch self {
        case .current: nil
        case .expiringSoon(let at): "trust list expires \(Self.day(at)): the province must publish a new one"
        case .expired(let since): "trust list expired \(Self.day(since)): passes are still checked against it, but ask the province for a new one"
        }
    }

    /// The grade of a bundle expiring at `expiresAt`, seen at `now`, warning `warningWindow` ahead.
    public static func grade(expiresAt: Date, now: Date, warningWindow: TimeInterval) -> TrustBundleFreshness {
        if now >= expiresAt { return .expired(since: expiresAt) }
        if now.addingTimeInterval(warningWindow) >= expiresAt { return .expiringSoon(expiresAt: expiresAt) }
        return .current
    }

    private static func day(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return "on " + formatter.string(from: date)
    }
}
