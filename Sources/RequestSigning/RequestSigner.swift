import Crypto
import Foundation

/// Signs kiosk requests with the device's Ed25519 key, in the kiosk profile (`KioskSignatureProfile`).
public struct RequestSigner: Sendable {
    /// The `keyid` the central looks the device up by: the kiosk's canonical id.
    public let keyID: String
    private let privateKey: Curve25519.Signing.PrivateKey

    public init(keyID: String, privateKey: Curve25519.Signing.PrivateKey) {
        self.keyID = keyID
        self.privateKey = privateKey
    }

    /// The device's public key (what enrolment sends).
    public var publicKey: Curve25519.Signing.PublicKey { privateKey.publicKey }

    /// The headers for one request. `body` is the content exactly as sent (packed, when gzip is used).
    public func sign(
        method: String, path: String, body: some Sequence<UInt8>, created: Date = Date(), nonce: String = RequestSigner.randomNonce()
    ) throws -> SignatureHeaders {
        let digest = ContentDigest.header(for: body)
        let parameters = SignatureParameters.kiosk(created: Int64(created.timeIntervalSince1970.rounded(.down)), nonce: nonce, keyID: keyID)
        let parts = SignedRequestParts(method: method, path: path, fields: [ContentDigest.fieldName: digest])
        let base = try SignatureBase.make(parameters, for: parts)
        let signature = try privateKey.signature(for: base)
        let label = KioskSignatureProfile.label
        return SignatureHeaders(
            contentDigest: digest, signatureInput: label + "=" + parameters.serialized,
            signature: label + "=" + StructuredFields.bytes(signature)
        )
    }

    /// 16 random bytes, base64url without padding.
    public static func randomNonce() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
