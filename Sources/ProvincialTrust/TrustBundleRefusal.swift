/// Why a trust bundle was not believed, each with its own plain words. A kiosk keeps its last good bundle.
public enum TrustBundleRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// Bigger than `TrustBundleLimits` allow.
    case tooLarge(bytes: Int, limit: Int)
    /// Not a signed trust bundle at all (wrong first line, missing header).
    case notABundle(String)
    /// Shorter than its header says (a cut-off download or copy).
    case truncated(String)
    /// The header says another root key signed it.
    case wrongRoot(signedBy: String, pinned: String)
    /// The signature does not verify with the pinned root (changed bytes, or a forged header).
    case badSignature
    /// The content does not decode or breaks a rule.
    case corrupt(String)
    /// Its version is not above the one already held.
    case rollback(offered: Int64, held: Int64)

    /// A short machine name.
    public var code: String {
        switch self {
        case .tooLarge: "too-large"
        case .notABundle: "not-a-bundle"
        case .truncated: "truncated"
        case .wrongRoot: "wrong-root"
        case .badSignature: "bad-signature"
        case .corrupt: "corrupt"
        case .rollback: "rollback"
        }
    }

    public var description: String {
        switch self {
        case .tooLarge(let bytes, let limit): "the trust bundle is \(bytes) bytes; at most \(limit) are accepted"
        case .notABundle(let why): "this is not a signed trust bundle: \(why)"
        case .truncated(let why): "the trust bundle is truncated: \(why)"
        case .wrongRoot(let signedBy, let pinned):
            "the trust bundle is signed by root \(signedBy.prefix(16))…, not the pinned provincial root \(pinned.prefix(16))…"
        case .badSignature: "the trust bundle's signature does not verify with the pinned provincial root (it was changed or forged)"
        case .corrupt(let why): "the trust bundle's content is damaged: \(why)"
        case .rollback(let offered, let held): "the trust bundle has version \(offered), not above version \(held) already held (a rollback)"
        }
    }
}
