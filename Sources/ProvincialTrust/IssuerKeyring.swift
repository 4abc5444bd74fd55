import Crypto
import Foundation
import IdentityCore

/// A kiosk's pass issuer keys (`issuer-keys.json`, 0600, in the data folder): several during a rotation.
/// `{"format":1,"keys":[{"seed":"<Base64 32>","publicKey":"<Base64 32>","createdAt":"ISO 8601"}]}`.
public struct IssuerKeyring: Sendable {
    /// One private issuer key and when it was made.
    public struct Key: Sendable {
        public let privateKey: Curve25519.Signing.PrivateKey
        public let createdAt: Date
        /// Base64 of the public key, as the bundle lists it.
        public var publicKeyBase64: String { privateKey.publicKey.rawRepresentation.base64EncodedString() }

        /// A key made (or carried over) at `createdAt`.
        public init(privateKey: Curve25519.Signing.PrivateKey, createdAt: Date) {
            self.privateKey = privateKey
            self.createdAt = createdAt
        }
    }

    /// Oldest first.
    public private(set) var keys: [Key]

    public init(keys: [Key] = []) { self.keys = keys }

    /// Why the keyring file was refused.
    public struct FileError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    private struct File: Codable {
        struct Entry: Codable {
            var seed: String
            var publicKey: String
            var createdAt: Date
        }
        var format: Int
        var keys: [Entry]
    }

    /// Adds a new random key (the start of a rotation) and returns it.
    @discardableResult
    public mutating func addKey(now: Date) -> Key {
        let key = Key(privateKey: Curve25519.Signing.PrivateKey(), createdAt: now)
        keys.append(key)
        return key
    }

    /// The raw public keys held.
    public var publicKeys: Set<Data> { Set(keys.map(\.privateKey.publicKey.rawRepresentation)) }

    /// The key with this public key (Base64), if held.
    public func key(publicKeyBase64: String) -> Key? { keys.first { $0.publicKeyBase64 == publicKeyBase64 } }

    /// A pass signer for the bundle issuer (its key id), if this keyring holds its private key.
    public func signer(for issuer: BundleIssuer) -> Ed25519PassSigner? {
        guard let key = key(publicKeyBase64: issuer.publicKey), let keyID = UInt8(exactly: issuer.keyID) else { return nil }
        return Ed25519PassSigner(privateKey: key.privateKey, keyID: keyID)
    }

    /// The JSON form.
    public func jsonData() throws -> Data {
        let file = File(format: 1, keys: keys.map {
            .init(seed: $0.privateKey.rawRepresentation.base64EncodedString(), publicKey: $0.publicKeyBase64, createdAt: $0.createdAt)
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(file)
    }

    /// Reads the JSON form; each stored public key must match its seed.
    public init(jsonData data: Data) throws {
        guard data.count <= 1 << 20 else { throw FileError(description: "the issuer key file is over 1 MiB") }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let file = try? decoder.decode(File.self, from: data) else { throw FileError(description: "the issuer key file is not issuer-keys JSON") }
        guard file.format == 1 else { throw FileError(description: "the issuer key file has format \(file.format); this build reads format 1") }
        var keys: [Key] = []
        for (index, entry) in file.keys.prefix(64).enumerated() {
            guard let seed = Data(base64Encoded: entry.seed), let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed),
                  key.publicKey.rawRepresentation.base64EncodedString() == entry.publicKey else {
                throw FileError(description: "issuer key \(index + 1) is damaged (its seed does not make its public key)")
            }
            keys.append(Key(privateKey: key, createdAt: entry.createdAt))
        }
        self.init(keys: keys)
    }

    /// Reads `url`; an absent file is an empty keyring.
    public static func load(from url: URL) throws -> IssuerKeyring {
        guard FileManager.default.fileExists(atPath: url.path) else { return IssuerKeyring() }
        return try IssuerKeyring(jsonData: Data(contentsOf: url))
    }

    /// Writes `url` atomically, 0600.
    public func save(to url: URL) throws { try PrivateFile.replace(try jsonData(), at: url) }
}
