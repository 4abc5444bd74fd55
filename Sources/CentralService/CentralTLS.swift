import Foundation
import NIOSSL

/// The central's TLS identity, read from PEM files: the certificate chain (the server's certificate
/// first, then any intermediates) and its private key. TLS 1.2 at least.
public enum CentralTLS {
    /// A server configuration from `certificatePath` and `keyPath`; a plain sentence when either is
    /// missing, unreadable or not PEM.
    public static func configuration(certificatePath: String, keyPath: String) throws(CentralTLSError) -> TLSConfiguration {
        let chain: [NIOSSLCertificate]
        do {
            chain = try NIOSSLCertificate.fromPEMFile(certificatePath)
        } catch {
            throw CentralTLSError("the TLS certificate \(certificatePath) cannot be read as PEM certificates")
        }
        guard !chain.isEmpty else { throw CentralTLSError("the TLS certificate file \(certificatePath) holds no certificate") }
        if let mode = (try? FileManager.default.attributesOfItem(atPath: keyPath))?[.posixPermissions] as? Int, mode & 0o077 != 0 {
            throw CentralTLSError(
                "the TLS key \(keyPath) is readable by others (mode \(String(mode, radix: 8))); run chmod 600 on it"
            )
        }
        let key: NIOSSLPrivateKey
        do {
            key = try NIOSSLPrivateKey(file: keyPath, format: .pem)
        } catch {
            throw CentralTLSError("the TLS key \(keyPath) cannot be read as a PEM private key")
        }
        var configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key)
        )
        configuration.minimumTLSVersion = .tlsv12
        return configuration
    }
}

/// Why the central's TLS files are not usable, in words for an operator.
public struct CentralTLSError: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
