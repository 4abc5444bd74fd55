import Hummingbird

/// Decides which kiosk sent a sync request (`/v1/push`, `/v1/pull`), given its head and its whole body
/// exactly as received (before any gzip is unpacked: `Content-Digest` covers the content as sent).
/// Throw `SyncFailure` (401/403) to refuse the request.
///
/// `SignedRequestAuthenticator` (RFC 9421 signatures by enrolled devices) is the real one;
/// `AcceptAnyKiosk` only behind an explicit insecure flag.
public protocol KioskAuthenticator: Sendable {
    func authenticate(head: HTTPRequest, body: ByteBuffer) async throws(SyncFailure) -> AuthenticatedKiosk
}

/// The outcome of authentication.
public struct AuthenticatedKiosk: Hashable, Sendable {
    /// The kiosk id the request proved, or nil when nothing was proved (`AcceptAnyKiosk`). When set, a
    /// push or pull naming another kiosk is refused with 403.
    public var verifiedKioskID: String?
    /// The districts this kiosk is enrolled for (a pull gets registry records of these only); nil when
    /// nothing was proved.
    public var enrolledDistricts: [Int]?

    public init(verifiedKioskID: String?, enrolledDistricts: [Int]? = nil) {
        self.verifiedKioskID = verifiedKioskID
        self.enrolledDistricts = enrolledDistricts
    }

    /// Nothing proved: the request's own `kioskID` is taken at its word.
    public static let unverified = AuthenticatedKiosk(verifiedKioskID: nil)
}

/// Accepts every request as `.unverified`: only for `khyber-central serve --insecure-accept-any-kiosk`
/// (old tests, the benchmark's "authentication off" run). Never expose a central that uses it.
public struct AcceptAnyKiosk: KioskAuthenticator {
    public init() {}

    public func authenticate(head: HTTPRequest, body: ByteBuffer) async throws(SyncFailure) -> AuthenticatedKiosk {
        .unverified
    }
}
