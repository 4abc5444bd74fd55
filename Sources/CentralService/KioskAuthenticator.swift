import Hummingbird

/// Decides which kiosk sent a sync request (`/v1/push`, `/v1/pull`), given its head and its whole body
/// (a signature covers the body). Throw `SyncFailure` (401/403) to refuse the request.
///
/// Today the only implementation is `AcceptAnyKiosk`; request signing (the next issue) adds one that
/// checks a kiosk's signature and returns its verified id — `CentralConfiguration.authenticator` swaps
/// it in without touching the routes.
public protocol KioskAuthenticator: Sendable {
    func authenticate(head: HTTPRequest, body: ByteBuffer) async throws(SyncFailure) -> AuthenticatedKiosk
}

/// The outcome of authentication.
public struct AuthenticatedKiosk: Hashable, Sendable {
    /// The kiosk id the request proved, or nil when nothing was proved (`AcceptAnyKiosk`). When set, a
    /// push or pull naming another kiosk is refused with 403.
    public var verifiedKioskID: String?

    public init(verifiedKioskID: String?) {
        self.verifiedKioskID = verifiedKioskID
    }

    /// Nothing proved: the request's own `kioskID` is taken at its word.
    public static let unverified = AuthenticatedKiosk(verifiedKioskID: nil)
}

/// Accepts every request as `.unverified`. The placeholder until kiosks sign their requests: do not
/// expose a central that uses it beyond a trusted network.
public struct AcceptAnyKiosk: KioskAuthenticator {
    public init() {}

    public func authenticate(head: HTTPRequest, body: ByteBuffer) async throws(SyncFailure) -> AuthenticatedKiosk {
        .unverified
    }
}
