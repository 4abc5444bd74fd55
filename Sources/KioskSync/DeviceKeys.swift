import Crypto
import Foundation
import ProvincialTrust
import RequestSigning

/// The kiosk's two key files in its data folder, each 0600 whatever the umask:
/// - `device-key.json`: the Ed25519 device key that signs every request (`{"format":1,"privateKey":…,"publicKey":…}`);
/// - `issuer-keys.json`: the pass issuer keys, newest last, in `IssuerKeyring`'s form (ProvincialTrust).
///   On first use it starts from the folder's old `keys/pass-signer.ed25519` when there is one, so passes
///   issued before keep their signer.
/// Keys are base64 of the 32-byte raw Ed25519 seed / public key.
public struct DeviceKeys: Sendable {
    public let device: Curve25519.Signing.PrivateKey
    /// The issuer key new passes are signed with (the newest).
    public let issuer: Curve25519.Signing.PrivateKey

    /// Why the key files cannot be used.
    public struct Problem: Error, CustomStringConvertible, Equatable {
        public let description: String
    }

    public static func deviceURL(in folder: URL) -> URL { folder.appendingPathComponent("device-key.json") }
    public static func issuerURL(in folder: URL) -> URL { folder.appendingPathComponent("issuer-keys.json") }

    /// Reads both files; makes whichever is missing (`create`), else nil when one is missing.
    public static func load(folder: URL, create: Bool) throws(Problem) -> DeviceKeys? {
        var device = try readDevice(deviceURL(in: folder))
        if device == nil, create { device = try makeDevice(folder) }
        var issuer = try readIssuer(issuerURL(in: folder))
        if issuer == nil, create { issuer = try makeIssuer(folder) }
        guard let device, let issuer else { return nil }
        return DeviceKeys(device: device, issuer: issuer)
    }

    /// The device key alone (what seals the audit trail), or nil before `enrol` made it.
    public static func device(in folder: URL) throws(Problem) -> Curve25519.Signing.PrivateKey? {
        try readDevice(deviceURL(in: folder))
    }

    /// The signer for this kiosk's requests.
    public func signer(kioskID: String) -> RequestSigner { RequestSigner(keyID: kioskID, privateKey: device) }

    private struct DeviceFile: Codable {
        var format = 1
        var privateKey: String
        var publicKey: String
    }

    private static func readDevice(_ url: URL) throws(Problem) -> Curve25519.Signing.PrivateKey? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        guard let file = try? JSONDecoder().decode(DeviceFile.self, from: data), let key = key(file.privateKey) else {
            throw Problem(description: "\(url.path) is damaged; restore it from backup, or move it away and enrol this kiosk again")
        }
        return key
    }

    private static func readIssuer(_ url: URL) throws(Problem) -> Curve25519.Signing.PrivateKey? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let keyring = try? IssuerKeyring.load(from: url), let newest = keyring.keys.last else {
            throw Problem(description: "\(url.path) is damaged; restore it from backup (passes its keys signed need them listed to verify)")
        }
        return newest.privateKey
    }

    private static func makeDevice(_ folder: URL) throws(Problem) -> Curve25519.Signing.PrivateKey {
        let key = Curve25519.Signing.PrivateKey()
        let file = DeviceFile(privateKey: key.rawRepresentation.base64EncodedString(), publicKey: key.publicKey.rawRepresentation.base64EncodedString())
        try writePrivate(encode(file), to: deviceURL(in: folder))
        return key
    }

    private static func makeIssuer(_ folder: URL) throws(Problem) -> Curve25519.Signing.PrivateKey {
        let legacy = folder.appendingPathComponent("keys/pass-signer.ed25519")
        let key = (try? String(contentsOf: legacy, encoding: .utf8)).flatMap { self.key($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            ?? Curve25519.Signing.PrivateKey()
        let keyring = IssuerKeyring(keys: [.init(privateKey: key, createdAt: Date())])
        let data: Data
        do { data = try keyring.jsonData() } catch { throw Problem(description: "cannot encode the issuer key file") }
        try writePrivate(data, to: issuerURL(in: folder))
        return key
    }

    /// Writes a key file 0600 (its folder 0700) whatever the umask, replacing it atomically.
    private static func writePrivate(_ data: Data, to url: URL) throws(Problem) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try PrivateFile.replace(data, at: url)
        } catch {
            throw Problem(description: "cannot write \(url.path): \(error)")
        }
    }

    private static func key(_ base64: String) -> Curve25519.Signing.PrivateKey? {
        Data(base64Encoded: base64).flatMap { try? Curve25519.Signing.PrivateKey(rawRepresentation: $0) }
    }

    private static func encode(_ value: some Encodable) throws(Problem) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        do { return try encoder.encode(value) } catch { throw Problem(description: "cannot encode a key file") }
    }
}
