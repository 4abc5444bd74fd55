/// What every kiosk request signature must be (docs/request-signing.md): label `kiosk`, Ed25519,
/// covering `@method`, `@path` and `content-digest`, with `created`, `nonce`, `keyid` (the kiosk id).
public enum KioskSignatureProfile {
    /// The dictionary key in `Signature-Input` and `Signature`.
    public static let label = "kiosk"
    /// The covered components, in this order.
    public static let components = ["@method", "@path", ContentDigest.fieldName]
    /// RFC 9421 §6.2.2's registered name.
    public static let algorithm = "ed25519"
    /// Header names (lowercase, as HTTP/2 and Hummingbird's field names compare).
    public static let signatureInputField = "signature-input"
    /// The `Signature` header's name.
    public static let signatureField = "signature"
    /// A nonce is 16 random bytes in base64url without padding (22 characters); accepted: 16–64 of `A-Za-z0-9-_`.
    public static let nonceLength = 16...64
}
