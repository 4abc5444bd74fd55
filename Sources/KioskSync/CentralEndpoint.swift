import Foundation
import NIOSSL

/// The central's address after the kiosk's checks, with the TLS it uses: `https://` with the
/// `CentralTrust`, or plain `http://` to this machine only (127.0.0.0/8, `::1`, `localhost`) — anywhere
/// else plain HTTP would hand every citizen's record and every acknowledgement to whoever sits on the
/// network, so it is refused when the kiosk reads its config, not when it first syncs.
public struct CentralEndpoint: Sendable {
    /// The address without a trailing slash.
    public let url: String
    /// The TLS the client uses; nil for plain HTTP on loopback.
    public let tls: TLSConfiguration?
    /// The pinned fingerprints (empty: the CA decides).
    public let fingerprints: Set<String>
    /// The CA certificates of `central_ca` (empty: none given).
    public let caCertificates: [NIOSSLCertificate]
    /// The host and port, for the pin probe.
    public let host: String
    public let port: Int
    /// Said once in the kiosk log when the central is plain HTTP on loopback.
    public let notice: String?

    /// Checks `url` and loads what `trust` names.
    public static func check(_ url: String, trust: CentralTrust = CentralTrust()) throws(CentralEndpointError) -> CentralEndpoint {
        let base = url.hasSuffix("/") ? String(url.dropLast()) : url
        guard let parts = URLComponents(string: base), let scheme = parts.scheme?.lowercased(), let host = parts.host, !host.isEmpty,
              parts.path.isEmpty, parts.query == nil, parts.user == nil
        else {
            throw CentralEndpointError("the central's address \(shown(url)) is not like https://central.example.pk:8471")
        }
        switch scheme {
        case "http":
            guard isLoopback(host) else {
                throw CentralEndpointError(
                    "the central's address \(shown(url)) is plain http:// to another machine; use https:// (with central_ca or central_fingerprints) — plain HTTP is allowed to 127.0.0.1, ::1 and localhost only"
                )
            }
            return CentralEndpoint(
                url: base, tls: nil, fingerprints: [], caCertificates: [], host: host, port: parts.port ?? 80,
                notice: "the central at \(base) is plain HTTP: allowed because it is this machine (loopback)"
            )
        case "https":
            let certificates = try caCertificates(trust)
            var tls = TLSConfiguration.makeClientConfiguration()
            tls.minimumTLSVersion = .tlsv12
            tls.certificateVerification = .fullVerification
            if !certificates.isEmpty { tls.trustRoots = .certificates(certificates) }
            return CentralEndpoint(
                url: base, tls: tls, fingerprints: trust.fingerprints, caCertificates: certificates, host: host, port: parts.port ?? 443,
                notice: nil
            )
        default:
            throw CentralEndpointError("the central's address \(shown(url)) must start with https:// (or http:// to this machine)")
        }
    }

    /// 127.0.0.0/8, ::1 and localhost.
    public static func isLoopback(_ host: String) -> Bool {
        let host = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if host == "localhost" || host == "::1" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }

    /// An IPv4 or IPv6 literal (no server name is sent for those).
    static func isIPAddress(_ host: String) -> Bool {
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        return host.contains(":") || (octets.count == 4 && octets.allSatisfy { UInt8($0) != nil })
    }

    private static func caCertificates(_ trust: CentralTrust) throws(CentralEndpointError) -> [NIOSSLCertificate] {
        guard let caFile = trust.caFile else { return [] }
        let certificates: [NIOSSLCertificate]
        do { certificates = try NIOSSLCertificate.fromPEMFile(caFile) } catch {
            throw CentralEndpointError("the central's CA file \(caFile) cannot be read as PEM certificates")
        }
        guard !certificates.isEmpty else { throw CentralEndpointError("the central's CA file \(caFile) holds no certificate") }
        return certificates
    }

    private static func shown(_ text: String) -> String {
        "\"" + String(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.prefix(120).map(Character.init)) + "\""
    }
}

/// A central address or trust setting the kiosk cannot use, in words for an operator.
public struct CentralEndpointError: Error, Hashable, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
