import CommandLineSupport
import Crypto
import Foundation

/// SHA-256 fingerprints of the certificates in a PEM file (over each certificate's DER bytes), as a trust
/// bundle's `tlsFingerprints` lists them and as `openssl x509 -noout -fingerprint -sha256` prints them.
enum CertificateFingerprint {
    static func sha256(pemFile path: String) throws -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw CLIError("cannot read the certificate \(path)") }
        let begin = "-----BEGIN CERTIFICATE-----", end = "-----END CERTIFICATE-----"
        var fingerprints: [String] = []
        var rest = Substring(text)
        while let start = rest.range(of: begin), let stop = rest[start.upperBound...].range(of: end) {
            let body = rest[start.upperBound..<stop.lowerBound].filter { !$0.isWhitespace }
            guard let der = Data(base64Encoded: String(body)), !der.isEmpty else { throw CLIError("\(path) holds a certificate that is not Base64") }
            fingerprints.append(SHA256.hash(data: der).map { String(format: "%02x", $0) }.joined())
            rest = rest[stop.upperBound...]
        }
        guard !fingerprints.isEmpty else { throw CLIError("\(path) holds no PEM certificate") }
        return fingerprints
    }
}
