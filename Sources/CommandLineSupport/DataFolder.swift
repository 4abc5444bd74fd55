import Crypto
import Foundation
import IdentityCore

/// The kiosk's state folder (`--data`): the registry database, the pass signer key and the trust list.
///
/// ```
/// DATA/registry.sqlite            citizens, PIN state, issued passes
/// DATA/keys/pass-signer.ed25519   this folder's signing key (Base64 of the 32-byte seed), mode 0600
/// DATA/trust-list.json            the signers this kiosk believes and the revoked serials
/// ```
public struct DataFolder: Sendable {
    public let url: URL

    public init(path: String) {
        url = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }

    /// The folder when none is given anywhere.
    public static let defaultPath = ".kiosk-data"

    /// The one rule every command follows: the `--data` flag, else `$KHYBER_DATA`, else the config's
    /// `data_folder`, else `./.kiosk-data`.
    public static func resolve(flag: String?, configured: String? = nil) -> DataFolder {
        DataFolder(path: flag ?? ProcessInfo.processInfo.environment["KHYBER_DATA"] ?? configured ?? defaultPath)
    }

    public var registryURL: URL { url.appendingPathComponent("registry.sqlite") }
    public var signerKeyURL: URL { url.appendingPathComponent("keys/pass-signer.ed25519") }
    public var trustListURL: URL { url.appendingPathComponent("trust-list.json") }

    /// Creates the folder when missing and makes it 0700 whatever it was (`PrivateFiles`).
    public func create() throws {
        try PrivateFiles.folder(url)
    }

    /// True when the folder already holds a registry.
    public var hasRegistry: Bool { FileManager.default.fileExists(atPath: registryURL.path) }

    /// The folder's pass signer, made on first use; its public key is added to the trust list then.
    public func signer() throws -> Ed25519PassSigner {
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: signerKeyURL.path) {
            guard let text = try? String(contentsOf: signerKeyURL, encoding: .utf8),
                  let seed = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)),
                  let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: seed) else {
                throw CLIError("the signer key \(signerKeyURL.path) is damaged; restore it from backup (passes it signed cannot be re-signed)")
            }
            return Ed25519PassSigner(privateKey: key)
        }
        try create()
        try fileManager.createDirectory(at: signerKeyURL.deletingLastPathComponent(), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let key = Curve25519.Signing.PrivateKey()
        let written = fileManager.createFile(
            atPath: signerKeyURL.path, contents: Data(key.rawRepresentation.base64EncodedString().utf8),
            attributes: [.posixPermissions: 0o600]
        )
        guard written else { throw CLIError("cannot write the signer key to \(signerKeyURL.path)") }
        let signer = Ed25519PassSigner(privateKey: key)
        var list = try trustList()
        list.signers.append(TrustedSigner(keyID: signer.keyID, publicKey: signer.publicKey, label: "local signer of \(url.lastPathComponent)"))
        try save(list)
        return signer
    }

    /// The trust list on disk (empty when the folder has none yet).
    public func trustList() throws -> TrustList {
        guard FileManager.default.fileExists(atPath: trustListURL.path) else { return TrustList() }
        do {
            return try TrustList(jsonData: Data(contentsOf: trustListURL))
        } catch let error as TrustList.FormatError {
            throw CLIError("\(trustListURL.path): \(error.description)")
        }
    }

    /// Writes the trust list atomically (a crash leaves the old file or the new one, never half).
    public func save(_ list: TrustList) throws {
        try create()
        try list.jsonData().write(to: trustListURL, options: .atomic)
        try PrivateFiles.file(trustListURL.path)
    }
}
