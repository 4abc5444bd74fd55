import Crypto
import Foundation
import Hummingbird
import SyncProtocol

/// Who may read `/metrics`: only a scraper that sends `Authorization: Bearer <token>` with the token the
/// central was started with (`serve --metrics-token-file`). Without a token the route is off (403): the
/// per-kiosk gauges name every kiosk, so the sync port must not show them to anyone who asks.
struct MetricsAccess: Sendable {
    /// The token's SHA-256 (compared in constant time); nil when metrics are off.
    let tokenDigest: SHA256.Digest?

    init(token: String?) {
        tokenDigest = token.map { SHA256.hash(data: Data($0.utf8)) }
    }

    /// Throws 403 (metrics off) or 401 (no or a wrong token).
    func check(_ request: Request) throws(SyncFailure) {
        guard let tokenDigest else {
            throw SyncFailure(
                status: .forbidden, message: "metrics are off on this central; start it with --metrics-token-file", permanent: true
            )
        }
        let header = request.headers[.authorization] ?? ""
        let prefix = "Bearer "
        guard header.hasPrefix(prefix) else {
            throw SyncFailure(status: .unauthorized, message: "metrics need Authorization: Bearer <token>", permanent: true)
        }
        let offered = SHA256.hash(data: Data(header.dropFirst(prefix.count).utf8))
        // Digest equality in swift-crypto is constant-time.
        guard offered == tokenDigest else {
            throw SyncFailure(status: .unauthorized, message: "the metrics token is not the one this central was started with", permanent: true)
        }
    }
}
