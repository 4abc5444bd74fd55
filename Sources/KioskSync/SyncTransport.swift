import Foundation
import SyncProtocol

/// How the sync engine talks to the central store: the three calls of the protocol. `HTTPSyncTransport`
/// is the real one; the device-signing of the next issue wraps it.
public protocol SyncTransport: Sendable {
    /// The cheap reachability probe (`GET /health`).
    func probe() async throws(SyncTransportError) -> HealthResponse
    func push(_ request: PushRequest) async throws(SyncTransportError) -> PushResponse
    func pull(_ request: PullRequest) async throws(SyncTransportError) -> PullResponse
    /// The newest published signed trust bundle's bytes (`GET /v1/trust-bundle`), unverified.
    func trustBundle() async throws(SyncTransportError) -> Data
}

/// Why a call to the central failed, sorted into "try again later" and "will not work as sent".
public enum SyncTransportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No connection, a timeout, a dropped reply, a 5xx, a 429: retry with backoff.
    case unreachable(String)
    /// The central answered that this request cannot work as sent (4xx, or `permanent: true`).
    case refused(status: Int, message: String)
    /// The reply did not parse or did not match the request: treated as transient (retry), reported.
    case badReply(String)
    /// The central did not accept this kiosk's signed request (401): not enrolled or not yet approved,
    /// revoked, or its clock is off ("clock off by 7 min"). Nothing is marked failed; retried with backoff.
    case unauthorized(String)

    /// True when waiting and sending the same again may work.
    public var isTransient: Bool {
        switch self {
        case .unreachable, .badReply, .unauthorized: true
        case .refused: false
        }
    }

    public var description: String {
        switch self {
        case .unreachable(let why): "central not reachable: \(why)"
        case .refused(let status, let message): "central refused the request (HTTP \(status)): \(message)"
        case .badReply(let why): "central's reply was not usable: \(why)"
        case .unauthorized(let why): "central refused this kiosk (HTTP 401): \(why)"
        }
    }
}
