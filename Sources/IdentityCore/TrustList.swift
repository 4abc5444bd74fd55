import Crypto
import Foundation

/// A public key the kiosk accepts pass signatures from.
public struct TrustedSigner: Hashable, Sendable {
    public let keyID: UInt8
    public let publicKey: Curve25519.Signing.PublicKey
    /// Who holds the private key, for operators ("KP provincial signer 2026", "kiosk KP-PSH-001").
    public let label: String

    public init(keyID: UInt8, publicKey: Curve25519.Signing.PublicKey, label: String) {
        self.keyID = keyID
        self.publicKey = publicKey
        self.label = label
    }

    /// The first byte of SHA-256 of the raw public key: the id a locally made key gets.
    public static func defaultKeyID(for key: Curve25519.Signing.PublicKey) -> UInt8 {
        Array(SHA256.hash(data: key.rawRepresentation))[0]
    }

    public static func == (lhs: TrustedSigner, rhs: TrustedSigner) -> Bool {
        lhs.keyID == rhs.keyID && lhs.publicKey.rawRepresentation == rhs.publicKey.rawRepresentation && lhs.label == rhs.label
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(keyID)
        hasher.combine(publicKey.rawRepresentation)
    }
}

/// The signers a verifier trusts and the pass serials it refuses: everything offline verification needs.
public struct TrustList: Sendable, Equatable {
    public var signers: [TrustedSigner]
    public var revokedSerials: Set<UInt32>

    public init(signers: [TrustedSigner] = [], revokedSerials: Set<UInt32> = []) {
        self.signers = signers
        self.revokedSerials = revokedSerials
    }

    /// Every trusted key carrying this id (ids are hints and may collide; each key is tried).
    public func signers(withKeyID keyID: UInt8) -> [TrustedSigner] { signers.filter { $0.keyID == keyID } }

    /// Why a trust list file was refused.
    public struct FormatError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    private struct File: Codable {
        struct Signer: Codable {
            var keyId: Int
            var publicKey: String
            var label: String
        }
        var format: Int
        var signers: [Signer]
        var revokedSerials: [UInt32]
    }

    /// The JSON form: `{"format":1,"signers":[{"keyId":…,"publicKey":"base64","label":…}],"revokedSerials":[…]}`.
    public func jsonData() throws -> Data {
        let file = File(
            format: 1,
            signers: signers.map { .init(keyId: Int($0.keyID), publicKey: $0.publicKey.rawRepresentation.base64EncodedString(), label: $0.label) },
            revokedSerials: revokedSerials.sorted()
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(file)
    }

    /// Reads the JSON form, naming the entry at fault.
    public init(jsonData data: Data) throws {
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: data) } catch {
            throw FormatError(description: "the trust list is not valid JSON of the expected shape (\(error.localizedDescription))")
        }
        guard file.format == 1 else { throw FormatError(description: "the trust list has format \(file.format); this build reads format 1") }
        var signers: [TrustedSigner] = []
        for (index, entry) in file.signers.enumerated() {
            guard (0...255).contains(entry.keyId) else {
                throw FormatError(description: "signer \(index + 1) (\(entry.label)) has key id \(entry.keyId); ids are 0–255")
            }
            guard let raw = Data(base64Encoded: entry.publicKey),
                  let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else {
                throw FormatError(description: "signer \(index + 1) (\(entry.label)) has a public key that is not 32 bytes of Base64")
            }
            signers.append(TrustedSigner(keyID: UInt8(entry.keyId), publicKey: key, label: entry.label))
        }
        self.init(signers: signers, revokedSerials: Set(file.revokedSerials))
    }
}
