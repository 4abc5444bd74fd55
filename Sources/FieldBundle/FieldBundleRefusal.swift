/// Why a field bundle is refused, in plain words for a camp operator or a back-office clerk. Nothing of a
/// refused bundle is applied.
public enum FieldBundleRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file does not start as a field bundle, or is of a format this build does not read.
    case notABundle(String)
    /// The file ends before its declared lengths: a copy cut short.
    case truncated(have: Int, need: Int)
    /// A length or count over the limits.
    case tooLarge(String)
    /// The structure or the manifest breaks a rule.
    case corrupt(String)
    /// The signature does not verify with the key it must verify with.
    case badSignature(String)
    /// Sealed to another key than the one here (another central, another kiosk).
    case wrongRecipient(String)
    /// The ciphertext does not open, or opens to other bytes than the manifest's digest.
    case cannotDecrypt(String)
    /// Not for this kiosk / central, or from an unknown, pending or revoked device.
    case notForHere(String)
    /// An older bundle than one already taken in.
    case replayedOld(String)
    /// The payload is not what its kind must hold.
    case badPayload(String)

    public var description: String {
        switch self {
        case .notABundle(let why): "not a field bundle: \(why)"
        case .truncated(let have, let need): "truncated: the file has \(have) bytes but its lengths need \(need) (a copy cut short: copy it again from the kiosk)"
        case .tooLarge(let why): "too large: \(why)"
        case .corrupt(let why): "corrupted: \(why)"
        case .badSignature(let why): "bad signature: \(why)"
        case .wrongRecipient(let why): "encrypted for someone else: \(why)"
        case .cannotDecrypt(let why): "cannot decrypt: \(why)"
        case .notForHere(let why): why
        case .replayedOld(let why): "an old bundle: \(why)"
        case .badPayload(let why): "corrupted content: \(why)"
        }
    }
}
