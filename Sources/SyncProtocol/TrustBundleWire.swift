extension SyncWire {
    /// `GET`: the newest published signed trust bundle, as its file bytes (`application/vnd.khyber.trust-bundle`);
    /// 404 when none is published.
    public static let trustBundlePath = "/v1/trust-bundle"
    /// The content type of a signed trust bundle.
    public static let trustBundleContentType = "application/vnd.khyber.trust-bundle"
}

/// The published trust bundle as `/health` reports it.
public struct TrustBundleStatus: Codable, Hashable, Sendable {
    /// `current`, `expiring-soon`, `expired`, or `none` (nothing published).
    public var state: String
    /// The published version; absent when none.
    public var version: Int64?
    /// Milliseconds since 1970; absent when none.
    public var expiresAtMillis: Int64?
    /// Words for an operator when not current.
    public var warning: String?

    public init(state: String, version: Int64? = nil, expiresAtMillis: Int64? = nil, warning: String? = nil) {
        self.state = state
        self.version = version
        self.expiresAtMillis = expiresAtMillis
        self.warning = warning
    }
}
