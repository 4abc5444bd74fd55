import AsyncHTTPClient
import NIOCore
import NIOSSL
import Synchronization

/// The HTTP client of a transport whose central is pinned by SHA-256 fingerprint (`CentralTrust`).
/// AsyncHTTPClient cannot be asked which certificate a connection presented, so the pin is turned into
/// trust: a probe (`CertificateProbe`) reads the central's chain, the certificates in it whose
/// fingerprint is pinned become the client's only trust roots (beside `central_ca`), and every
/// connection after that is verified against them in its own handshake. A pinned certificate must
/// therefore be self-signed (a central's own certificate) or be the CA that issued the central's; a
/// central presenting none of the pinned certificates is refused before any request is sent. After a
/// TLS failure the client is made again (the central may have rotated to a certificate the bundle pins).
final class PinnedClients: Sendable {
    private let endpoint: CentralEndpoint
    private let configuration: HTTPClient.Configuration
    private let current = Mutex<HTTPClient?>(nil)

    init(endpoint: CentralEndpoint, configuration: HTTPClient.Configuration) {
        self.endpoint = endpoint
        self.configuration = configuration
    }

    /// The client trusting the pinned certificates the central presents.
    func client() async throws(SyncTransportError) -> HTTPClient {
        if let client = current.withLock({ $0 }) { return client }
        let chain: [NIOSSLCertificate]
        do {
            chain = try await CertificateProbe.presented(host: endpoint.host, port: endpoint.port, timeout: .seconds(3))
        } catch {
            throw .unreachable(HTTPSyncTransport.words(for: error))
        }
        let pinned = chain.filter { certificate in CertificateProbe.fingerprint(certificate).map(endpoint.fingerprints.contains) == true }
        guard !pinned.isEmpty else {
            throw .unreachable("the central's TLS certificate matches none of the pinned fingerprints (it presented \(chain.count) certificates)")
        }
        var configuration = self.configuration
        var tls = endpoint.tls ?? TLSConfiguration.makeClientConfiguration()
        tls.trustRoots = .certificates(endpoint.caCertificates + pinned)
        // Only the pinned certificate can verify: the host name adds nothing (with a CA beside it, it does).
        tls.certificateVerification = endpoint.caCertificates.isEmpty ? .noHostnameVerification : .fullVerification
        configuration.tlsConfiguration = tls
        let made = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let (chosen, spare) = current.withLock { existing -> (HTTPClient, HTTPClient?) in
            if let existing { return (existing, made) }
            existing = made
            return (made, nil)
        }
        if let spare { try? await spare.shutdown() }
        return chosen
    }

    /// Drops the client (after a TLS failure), so the next request probes again.
    func forget() async {
        let old = current.withLock { client -> HTTPClient? in
            defer { client = nil }
            return client
        }
        try? await old?.shutdown()
    }
}
