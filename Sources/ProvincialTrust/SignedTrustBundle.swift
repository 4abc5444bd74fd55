import Crypto
import Foundation

/// The signed file: a four-line ASCII header, a blank line, then the content bytes exactly as drafted.
///
/// ```
/// khyber-trust-bundle 1\n
/// root <64 hex: the root public key that signed>\n
/// signature <128 hex: Ed25519 over "khyber-trust-bundle-v1\n" || content>\n
/// length <content byte count, decimal>\n
/// \n
/// <content bytes>
/// ```
/// The `root` line only names the signer for a clear refusal; trust comes from verifying with the pinned key.
public struct SignedTrustBundle: Hashable, Sendable {
    /// The domain-separation prefix of the signed message.
    public static let signatureDomain = Data("khyber-trust-bundle-v1\n".utf8)
    /// The first line.
    public static let magicLine = "khyber-trust-bundle 1"

    /// The content bytes, as drafted.
    public let content: Data
    /// The root public key the header names (32 bytes).
    public let rootPublicKey: Data
    /// The 64-byte Ed25519 signature.
    public let signature: Data

    /// The message the root signs: domain prefix then content.
    public static func signedMessage(content: Data) -> Data { signatureDomain + content }

    /// Signs content bytes with the root (the offline step).
    public static func sign(content: Data, with root: ProvincialRootKey) throws -> SignedTrustBundle {
        let signature = try root.privateKey.signature(for: signedMessage(content: content))
        return SignedTrustBundle(content: content, rootPublicKey: root.publicKey.rawRepresentation, signature: Data(signature))
    }

    init(content: Data, rootPublicKey: Data, signature: Data) {
        self.content = content
        self.rootPublicKey = rootPublicKey
        self.signature = signature
    }

    /// The file bytes.
    public func fileData() -> Data {
        let header = "\(Self.magicLine)\nroot \(Hex.encode(rootPublicKey))\nsignature \(Hex.encode(signature))\nlength \(content.count)\n\n"
        return Data(header.utf8) + content
    }

    /// Splits a file into its parts (no signature check: see `TrustBundleVerifier`).
    public init(fileData data: Data) throws(TrustBundleRefusal) {
        guard data.count <= TrustBundleLimits.maxFileBytes else { throw .tooLarge(bytes: data.count, limit: TrustBundleLimits.maxFileBytes) }
        let bytes = [UInt8](data)
        var lines: [String] = []
        var position = 0
        while lines.count < 5 {
            guard let newline = bytes[position...].prefix(300).firstIndex(of: 0x0A) else {
                let magic = Data(Self.magicLine.utf8)
                let ours = !lines.isEmpty || data.starts(with: magic) || magic.starts(with: data.prefix(magic.count))
                throw ours ? .truncated("its header ends after \(lines.count) of 5 lines")
                    : .notABundle("it does not start with \"\(Self.magicLine)\"")
            }
            guard let line = String(bytes: bytes[position..<newline], encoding: .ascii) else { throw .notABundle("the header is not ASCII") }
            lines.append(line)
            position = newline + 1
        }
        guard lines[0] == Self.magicLine else { throw .notABundle("it does not start with \"\(Self.magicLine)\"") }
        guard lines[1].hasPrefix("root "), let root = Hex.decode(String(lines[1].dropFirst(5))), root.count == 32 else {
            throw .notABundle("line 2 is not \"root <64 hex digits>\"")
        }
        guard lines[2].hasPrefix("signature "), let signature = Hex.decode(String(lines[2].dropFirst(10))), signature.count == 64 else {
            throw .notABundle("line 3 is not \"signature <128 hex digits>\"")
        }
        guard lines[3].hasPrefix("length "), let length = Int(lines[3].dropFirst(7)), length >= 0, String(length) == lines[3].dropFirst(7) else {
            throw .notABundle("line 4 is not \"length <decimal>\"")
        }
        guard lines[4].isEmpty else { throw .notABundle("line 5 is not empty") }
        let available = bytes.count - position
        guard available >= length else { throw .truncated("its header promises \(length) content bytes, \(available) arrived") }
        guard available == length else { throw .notABundle("\(available - length) bytes follow the content") }
        self.init(content: Data(bytes[position...]), rootPublicKey: root, signature: signature)
    }
}

/// Lower-case hex.
enum Hex {
    static func encode(_ data: Data) -> String { data.map { String(format: "%02x", $0) }.joined() }

    static func decode(_ text: String) -> Data? {
        guard text.count % 2 == 0 else { return nil }
        var out = Data()
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            guard let byte = UInt8(text[index..<next], radix: 16), text[index..<next].allSatisfy({ !$0.isUppercase }) else { return nil }
            out.append(byte)
            index = next
        }
        return out
    }
}
