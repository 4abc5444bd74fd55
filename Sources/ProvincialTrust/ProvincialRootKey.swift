import Crypto
import Foundation

/// The province's root key: the Ed25519 key that signs trust bundles. Made and kept offline (a USB stick in a
/// safe); kiosks and the central pin only its public key. Saved as JSON, mode 0600:
/// `{"format":1,"kind":"khyber-provincial-root","seed":"<Base64 of 32 bytes>","publicKey":"<Base64 of 32 bytes>"}`.
public struct ProvincialRootKey: Sendable {
    /// The private key (its 32-byte seed is what the file keeps).
    public let privateKey: Curve25519.Signing.PrivateKey

    /// A root around an existing private key (tests, the doc's vector).
    public init(privateKey: Curve25519.Signing.PrivateKey) { self.privateKey = privateKey }

    /// A new random root.
    public static func make() -> ProvincialRootKey { ProvincialRootKey(privateKey: Curve25519.Signing.PrivateKey()) }

    /// The public key kiosks pin.
    public var publicKey: Curve25519.Signing.PublicKey { privateKey.publicKey }

    /// Base64 of the 32-byte public key: the value of `trustRoot` in a kiosk's configuration.
    public var publicKeyBase64: String { publicKey.rawRepresentation.base64EncodedString() }

    /// Why a root key file was refused.
    public struct FileError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    private struct File: Codable {
        var format: Int
        var kind: String
        var seed: String
        var publicKey: String
    }

    static let kind = "khyber-provincial-root"

    /// The JSON form (sorted keys, pretty).
    public func jsonData() throws -> Data {
        let file = File(format: 1, kind: Self.kind, seed: privateKey.rawRepresentation.base64EncodedString(), publicKey: publicKeyBase64)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(file)
    }

    /// Reads the JSON form; the stored public key must match the seed.
    public init(jsonData data: Data) throws {
        guard data.count <= 4096 else { throw FileError(description: "the root key file is \(data.count) bytes; a root key file is under 4 KiB") }
        guard let file = try? JSONDecoder().decode(File.self, from: data), file.kind == Self.kind else {
            throw FileError(description: "the file is not a Khyber provincial root key")
        }
        guard file.format == 1 else { throw FileError(description: "the root key file has format \(file.format); this build reads format 1") }
        guard let seed = Data(base64Encoded: file.seed), seed.count == 32,
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed) else {
            throw FileError(description: "the root key file's seed is not 32 bytes of Base64")
        }
        guard key.publicKey.rawRepresentation.base64EncodedString() == file.publicKey else {
            throw FileError(description: "the root key file's public key does not match its seed (the file is damaged)")
        }
        self.init(privateKey: key)
    }

    /// Reads a root key file.
    public static func load(from url: URL) throws -> ProvincialRootKey {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw FileError(description: "cannot read the root key file \(url.path): \(error.localizedDescription)")
        }
        return try ProvincialRootKey(jsonData: data)
    }

    /// Writes the file mode 0600; refuses to overwrite an existing file (a root is never replaced by accident).
    public func save(to url: URL) throws {
        try PrivateFile.writeNew(try jsonData(), to: url)
    }

    /// Reads a pinned root public key from Base64 (32 bytes), as kiosk configuration holds it.
    public static func publicKey(base64 text: String) throws -> Curve25519.Signing.PublicKey {
        guard let raw = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)), raw.count == 32,
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else {
            throw FileError(description: "the trust root is not Base64 of a 32-byte Ed25519 public key")
        }
        return key
    }
}
