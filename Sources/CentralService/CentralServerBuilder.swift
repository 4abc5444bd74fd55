import HummingbirdCore
import HummingbirdTLS
import NIOCore
import NIOSSL

/// The HTTP/1.1 server the central runs: the idle timeout and the request deadline of its
/// `ConnectionLimits`, and TLS when the configuration carries a certificate.
enum CentralServerBuilder {
    static func make(limits: ConnectionLimits, tls: TLSConfiguration?) throws -> HTTPServerBuilder {
        let requestTimeout = limits.requestTimeout
        let http = HTTPServerBuilder.http1(
            configuration: .init(
                additionalChannelHandlers: [RequestDeadlineHandler(timeout: requestTimeout)],
                idleTimeout: limits.idleTimeout
            )
        )
        guard let tls else { return http }
        return try .tls(http, tlsConfiguration: tls)
    }
}
