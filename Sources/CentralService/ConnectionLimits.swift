import NIOCore

/// How long the central waits for a client before it hangs up, so half-sent requests cannot hold its
/// connections: a connection with no request under way is closed after `idleTimeout` (that also covers
/// a request whose head never completes), and a request whose body has not fully arrived `requestTimeout`
/// after its head is answered by closing the connection.
public struct ConnectionLimits: Hashable, Sendable {
    /// No request in progress (between requests, or a head still arriving) for this long: closed.
    public var idleTimeout: TimeAmount
    /// From a request's head to the end of its body, at most this long.
    public var requestTimeout: TimeAmount

    /// 30 s idle, 60 s for a request body (a 500-operation push is well under 1 MB).
    public init(idleTimeout: TimeAmount = .seconds(30), requestTimeout: TimeAmount = .seconds(60)) {
        self.idleTimeout = idleTimeout
        self.requestTimeout = requestTimeout
    }
}
