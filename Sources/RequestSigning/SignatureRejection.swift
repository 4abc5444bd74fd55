/// Why a request's signature was not accepted, in plain words for the kiosk's operator and the log.
public enum SignatureRejection: Error, Equatable, Sendable, CustomStringConvertible {
    /// No `Signature-Input` / `Signature` / `Content-Digest` at all.
    case unsigned
    /// The signature headers are there but do not follow the kiosk profile.
    case malformed(String)
    /// The body is not the one the `Content-Digest` names.
    case digestMismatch
    /// The signature does not verify with the device's key.
    case badSignature

    public var description: String {
        switch self {
        case .unsigned: "the request is not signed; enrol this kiosk (khyber-kiosk enrol) and sync again"
        case .malformed(let why): "the request signature is not usable: \(why)"
        case .digestMismatch: "the body does not match its Content-Digest (changed on the way?)"
        case .badSignature: "the signature does not verify with this kiosk's enrolled device key"
        }
    }
}
