import Crypto
import Foundation
import KioskStore
import ProvincialTrust
import SyncProtocol

/// What the round did about the trust bundle.
public enum TrustBundleOutcome: Equatable, Sendable {
    /// A newer bundle verified against the pinned root and is now held.
    case updated(version: Int64)
    /// The central offered one; it was refused (the last good one is kept).
    case refused(TrustBundleRefusal)
    /// It could not be fetched (network); the last good one is kept and it is tried next round.
    case unavailable(String)

    /// One line for the logs and `khyber-kiosk sync`.
    public var description: String {
        switch self {
        case .updated(let version): "trust bundle version \(version) verified and stored"
        case .refused(let refusal): "trust bundle refused, the last good one is kept: \(refusal)"
        case .unavailable(let why): "trust bundle not fetched, the last good one is kept: \(why)"
        }
    }
}

/// Fetches the trust bundle when a pull says a newer one exists, verifies it against the pinned root and
/// stores it in one transaction. Nothing that arrives is believed before it verifies; on any failure the
/// last good bundle stays, and the sync round goes on (trust never blocks applications).
struct TrustBundleFetch: Sendable {
    let registry: RegistryDatabase
    let transport: any SyncTransport
    let pinnedRoot: Curve25519.Signing.PublicKey

    /// Nil when nothing newer was announced.
    func run(announced: Int64?, now: Date) async -> TrustBundleOutcome? {
        let held: Int64?
        do { held = try await registry.heldTrustBundleVersion() } catch { return .unavailable("the registry did not answer: \(error)") }
        guard let announced, announced > (held ?? 0) else { return nil }
        let file: Data
        do { file = try await transport.trustBundle() } catch { return .unavailable(error.description) }
        let verified: VerifiedTrustBundle
        do throws(TrustBundleRefusal) {
            verified = try TrustBundleVerifier(pinnedRoot: pinnedRoot).verify(file, heldVersion: held)
        } catch { return .refused(error) }
        do {
            let stored = try await registry.storeTrustBundle(
                version: verified.content.version, file: file, issuerKeys: verified.content.issuers.map(\.publicKey), at: now)
            guard stored else { return .refused(.rollback(offered: verified.content.version, held: held ?? 0)) }
        } catch { return .unavailable("the registry did not store it: \(error)") }
        return .updated(version: verified.content.version)
    }
}

extension SyncTransport {
    /// The default for transports that cannot fetch bundles (benchmarks): none published.
    public func trustBundle() async throws(SyncTransportError) -> Data {
        throw .refused(status: 404, message: "this transport does not fetch trust bundles")
    }
}
