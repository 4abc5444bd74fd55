import Foundation
import IdentityCore
import ProvincialTrust

/// An operator's verifier, decoded: scrypt (r = 8, p = 1) of the secret, which kind of secret it is, and its
/// version (of two, the higher version wins, then the later `setAt`). Never the secret itself.
public struct OperatorCredential: Hashable, Sendable {
    /// A first-time code (the operator must replace it with a password) or a password.
    public enum Kind: String, Hashable, Sendable {
        case oneTimeCode = "one-time-code"
        case password
    }

    public var kind: Kind
    /// 32 bytes.
    public var hash: Data
    public var salt: Data
    public var costLog2: Int
    public var version: Int64
    public var setAt: Date
    /// `central` or `kiosk:<KIOSK-ID>`.
    public var setBy: String

    public init(kind: Kind, hash: Data, salt: Data, costLog2: Int, version: Int64, setAt: Date, setBy: String) {
        self.kind = kind
        self.hash = hash
        self.salt = salt
        self.costLog2 = costLog2
        self.version = version
        self.setAt = setAt
        self.setBy = setBy
    }

    /// The cost new verifiers get: 2^14, as PINs (tens of milliseconds a try; a password of 10 or more
    /// characters, or a 10-character code, is what makes it slow to guess, not the cost alone).
    public static let defaultCostLog2 = PINCredential.defaultCostLog2

    /// The bundle's verifier; nil when its kind is not one this build knows or a field is unusable.
    public init?(bundle: BundleOperatorCredential) {
        guard let kind = Kind(rawValue: bundle.kind), let hash = Data(base64Encoded: bundle.hash), hash.count == 32,
              let salt = Data(base64Encoded: bundle.salt), (16...64).contains(salt.count),
              BundleOperatorCredential.costRange.contains(bundle.costLog2) else { return nil }
        self.init(kind: kind, hash: hash, salt: salt, costLog2: bundle.costLog2, version: bundle.version, setAt: bundle.setAt, setBy: bundle.setBy)
    }

    /// As the trust bundle writes it.
    public var bundleForm: BundleOperatorCredential {
        BundleOperatorCredential(
            kind: kind.rawValue, hash: hash.base64EncodedString(), salt: salt.base64EncodedString(), costLog2: costLog2,
            version: version, setAt: setAt, setBy: setBy)
    }

    /// Hashes a new secret with a fresh random salt (`setAt` cut to whole seconds, as bundles write it).
    public static func make(
        secret: String, kind: Kind, version: Int64, setAt: Date, setBy: String, costLog2: Int = defaultCostLog2
    ) throws -> OperatorCredential {
        let pin = try PINCredential.make(pin: normalised(secret, kind: kind), costLog2: costLog2)
        return OperatorCredential(
            kind: kind, hash: pin.hash, salt: pin.salt, costLog2: costLog2, version: version,
            setAt: Date(timeIntervalSince1970: setAt.timeIntervalSince1970.rounded(.down)), setBy: setBy)
    }

    /// True when `secret` hashes to this verifier (constant-time comparison). A first-time code is
    /// compared without its dashes and spaces, in capitals (`abcde-fghjk` is `ABCDEFGHJK`).
    public func matches(_ secret: String) -> Bool {
        PINCredential(hash: hash, salt: salt, costLog2: costLog2).matches(Self.normalised(secret, kind: kind))
    }

    /// True when this verifier is newer than `other`.
    public func isNewer(than other: OperatorCredential) -> Bool {
        (version, setAt.timeIntervalSince1970) > (other.version, other.setAt.timeIntervalSince1970)
    }

    /// Of a bundle's and a kiosk's own verifier, the newer one.
    public static func newest(_ bundle: OperatorCredential?, _ local: OperatorCredential?) -> OperatorCredential? {
        guard let bundle else { return local }
        guard let local else { return bundle }
        return local.isNewer(than: bundle) ? local : bundle
    }

    static func normalised(_ secret: String, kind: Kind) -> String {
        switch kind {
        case .password: secret
        case .oneTimeCode: OneTimeCode.normalised(secret)
        }
    }
}
