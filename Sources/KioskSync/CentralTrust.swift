/// What a kiosk believes about the central's TLS certificate: the province's CA certificates (a PEM
/// file, config key `central_ca`) and SHA-256 fingerprints of certificates it pins (config key
/// `central_fingerprints`; the trust bundle will carry them). An https:// central must satisfy at least
/// one of them; with neither, the system's CA store decides.
public struct CentralTrust: Hashable, Sendable {
    /// A PEM file with the CA certificate(s) that issue the central's certificates.
    public var caFile: String?
    /// SHA-256 over the DER of a trusted certificate, 64 lowercase hex digits each.
    public var fingerprints: Set<String>

    public init(caFile: String? = nil, fingerprints: Set<String> = []) {
        self.caFile = caFile
        self.fingerprints = Set(fingerprints.compactMap(Self.normalisedFingerprint))
    }

    /// `AB:CD:…` or `abcd…` (as `openssl x509 -fingerprint -sha256` and other tools print them) → 64
    /// lowercase hex digits; nil when it is not a SHA-256 fingerprint.
    public static func normalisedFingerprint(_ text: String) -> String? {
        let hex = text.lowercased().filter { $0 != ":" && !$0.isWhitespace }
        guard hex.count == 64, hex.allSatisfy({ $0.isHexDigit && $0.isASCII }) else { return nil }
        return hex
    }
}
