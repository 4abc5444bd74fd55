import Crypto
import Foundation
import ProvincialTrust

/// The central's field-bundle key file (`khyber-central bundle key-init`, 0600, never overwritten):
/// an X25519 key that kiosks seal their bundles to (HPKE) and an Ed25519 key that signs receipts and
/// downward bundles. Its public half goes into the trust bundle (`fieldBundles`), so kiosks learn it from
/// the root-signed bundle and nowhere else.
///
/// ```json
/// { "format": 1, "kind": "khyber-field-bundle-central",
///   "encryptionPrivateKey": "<Base64 32>", "encryptionKey": "<Base64 32>",
///   "signingPrivateKey": "<Base64 32>", "signingKey": "<Base64 32>" }
/// ```
public struct FieldBundleCentralKeys: Sendable {
    public let encryption: Curve25519.KeyAgreement.PrivateKey
    public let signing: Curve25519.Signing.PrivateKey

    /// Why the key file cannot be used.
    public struct Problem: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    private struct File: Codable {
        var format = 1
        var kind = "khyber-field-bundle-central"
        var encryptionPrivateKey: String
        var encryptionKey: String
        var signingPrivateKey: String
        var signingKey: String
    }

    /// What the trust bundle lists.
    public var published: FieldBundleKeys {
        FieldBundleKeys(
            encryptionKey: encryption.publicKey.rawRepresentation.base64EncodedString(),
            signingKey: signing.publicKey.rawRepresentation.base64EncodedString())
    }

    /// Makes a new key file at `url` (0600); refuses to overwrite one.
    public static func create(at url: URL) throws(Problem) -> FieldBundleCentralKeys {
        let keys = FieldBundleCentralKeys(encryption: .init(), signing: .init())
        let file = File(
            encryptionPrivateKey: keys.encryption.rawRepresentation.base64EncodedString(), encryptionKey: keys.published.encryptionKey,
            signingPrivateKey: keys.signing.rawRepresentation.base64EncodedString(), signingKey: keys.published.signingKey)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        do { try PrivateFile.writeNew(try encoder.encode(file), to: url) } catch {
            throw Problem(description: "\(error)")
        }
        return keys
    }

    /// Reads the key file; checks the public keys are the private keys' own.
    public static func load(from url: URL) throws(Problem) -> FieldBundleCentralKeys {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Problem(description: "no field-bundle key at \(url.path): run `khyber-central bundle key-init --key \(url.path)` once")
        }
        guard let file = try? JSONDecoder().decode(File.self, from: data), file.format == 1, file.kind == "khyber-field-bundle-central",
              let encryptionRaw = Data(base64Encoded: file.encryptionPrivateKey), let signingRaw = Data(base64Encoded: file.signingPrivateKey),
              let encryption = try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: encryptionRaw),
              let signing = try? Curve25519.Signing.PrivateKey(rawRepresentation: signingRaw) else {
            throw Problem(description: "\(url.path) is not a field-bundle key file (damaged?)")
        }
        let keys = FieldBundleCentralKeys(encryption: encryption, signing: signing)
        guard keys.published == FieldBundleKeys(encryptionKey: file.encryptionKey, signingKey: file.signingKey) else {
            throw Problem(description: "\(url.path): the public keys are not the private keys' own (damaged?)")
        }
        return keys
    }
}
