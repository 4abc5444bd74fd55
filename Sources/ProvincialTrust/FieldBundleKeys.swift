import Crypto
import Foundation

/// The central's two field-bundle public keys, as the trust bundle lists them (`fieldBundles`): kiosks
/// seal their USB bundles to `encryptionKey` (X25519, HPKE) and believe a receipt or a downward bundle only
/// when `signingKey` (Ed25519) verifies it. Carried in the root-signed bundle, so a kiosk never encrypts to a
/// key the province did not publish.
public struct FieldBundleKeys: Codable, Hashable, Sendable {
    /// Base64 of the central's 32-byte X25519 public key (HPKE recipient).
    public var encryptionKey: String
    /// Base64 of the central's 32-byte Ed25519 public key (signs receipts and downward bundles).
    public var signingKey: String

    public init(encryptionKey: String, signingKey: String) {
        self.encryptionKey = encryptionKey
        self.signingKey = signingKey
    }

    /// `encryptionKey` as a key; nil when it is not 32 bytes of Base64.
    public var encryptionPublicKey: Curve25519.KeyAgreement.PublicKey? {
        Data(base64Encoded: encryptionKey).flatMap { try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: $0) }
    }

    /// `signingKey` as a key; nil when it is not 32 bytes of Base64.
    public var signingPublicKey: Curve25519.Signing.PublicKey? {
        Data(base64Encoded: signingKey).flatMap { try? Curve25519.Signing.PublicKey(rawRepresentation: $0) }
    }
}
