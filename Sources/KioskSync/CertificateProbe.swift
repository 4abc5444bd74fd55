import Crypto
import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import Synchronization

/// Looks at the certificates a TLS server presents, without talking to it: a handshake whose
/// verification records the chain and then fails on purpose. What a pinned fingerprint is checked
/// against; the connection that follows trusts only the certificates found here (`PinnedTrust`), so
/// a server swapped in between is refused by the handshake itself.
enum CertificateProbe {
    /// The chain `host:port` presents (leaf first).
    static func presented(host: String, port: Int, timeout: TimeAmount) async throws -> [NIOSSLCertificate] {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.minimumTLSVersion = .tlsv12
        let context = try NIOSSLContext(configuration: configuration)
        let seen = SeenCertificates()
        let serverName = CentralEndpoint.isIPAddress(host) ? nil : host
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(timeout)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let look: NIOSSLCustomVerificationCallback = { certificates, promise in
                        seen.record(certificates)
                        promise.succeed(NIOSSLVerificationResult.failed)
                    }
                    let handler = try NIOSSLClientHandler(context: context, serverHostname: serverName, customVerificationCallback: look)
                    try channel.pipeline.syncOperations.addHandler(handler)
                }
            }
            .connect(host: host, port: port).get()
        let deadline = channel.eventLoop.scheduleTask(in: timeout) { channel.close(promise: Optional<EventLoopPromise<Void>>.none) }
        try? await channel.closeFuture.get()
        deadline.cancel()
        return seen.certificates
    }

    /// SHA-256 over a certificate's DER, 64 lowercase hex digits (what `openssl x509 -fingerprint -sha256` prints, without colons).
    static func fingerprint(_ certificate: NIOSSLCertificate) -> String? {
        guard let der = try? certificate.toDERBytes() else { return nil }
        return SHA256.hash(data: der).map { String(format: "%02x", $0) }.joined()
    }
}

/// The chain a probe saw, shared with the handshake's callback.
private final class SeenCertificates: Sendable {
    private let box = Mutex<[NIOSSLCertificate]>([])

    func record(_ certificates: [NIOSSLCertificate]) { box.withLock { $0 = certificates } }
    var certificates: [NIOSSLCertificate] { box.withLock { $0 } }
}
