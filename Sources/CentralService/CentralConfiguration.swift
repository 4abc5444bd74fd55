import NIOSSL

/// How to run the central's HTTP service.
public struct CentralConfiguration: Sendable {
    /// The address to listen on. Default `127.0.0.1` (this machine only).
    public var host: String
    /// The port; 0 picks a free one (read it from `onListening`).
    public var port: Int
    /// Called once, when the server listens, with the port it is bound to.
    public var onListening: (@Sendable (_ port: Int) async -> Void)?
    /// Who may push and pull; `AcceptAnyKiosk` until kiosks sign their requests.
    public var authenticator: any KioskAuthenticator
    /// The central's hybrid logical clock (share it with anything else in the process that stamps changes).
    public var clock: CentralClock
    /// The service catalog whose fees pushed applications must carry; nil: fees are not checked.
    public var fees: ServiceFees?
    /// TLS for the sync port (`CentralTLS.configuration`); nil: plain HTTP (for loopback and tests).
    public var tls: TLSConfiguration?
    /// Idle and request-body timeouts.
    public var limits: ConnectionLimits
    /// The bearer token `/metrics` asks for; nil: `/metrics` is off.
    public var metricsToken: String?

    public init(
        host: String = "127.0.0.1", port: Int = 0, onListening: (@Sendable (_ port: Int) async -> Void)? = nil,
        authenticator: any KioskAuthenticator = AcceptAnyKiosk(), clock: CentralClock = CentralClock(),
        fees: ServiceFees? = nil,
        tls: TLSConfiguration? = nil, limits: ConnectionLimits = ConnectionLimits(), metricsToken: String? = nil
    ) {
        self.fees = fees
        self.tls = tls
        self.limits = limits
        self.metricsToken = metricsToken
        self.host = host
        self.port = port
        self.onListening = onListening
        self.authenticator = authenticator
        self.clock = clock
    }
}
