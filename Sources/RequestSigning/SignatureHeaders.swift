/// The three header fields a signed kiosk request carries.
public struct SignatureHeaders: Equatable, Sendable {
    /// `Content-Digest: sha-256=:…:`
    public var contentDigest: String
    /// `Signature-Input: kiosk=("@method" "@path" "content-digest");created=…;nonce="…";keyid="…";alg="ed25519"`
    public var signatureInput: String
    /// `Signature: kiosk=:…:`
    public var signature: String

    public init(contentDigest: String, signatureInput: String, signature: String) {
        self.contentDigest = contentDigest
        self.signatureInput = signatureInput
        self.signature = signature
    }

    /// Name and value pairs, ready to add to a request.
    public var fields: [(name: String, value: String)] {
        [
            (ContentDigest.fieldName, contentDigest), (KioskSignatureProfile.signatureInputField, signatureInput),
            (KioskSignatureProfile.signatureField, signature),
        ]
    }
}
