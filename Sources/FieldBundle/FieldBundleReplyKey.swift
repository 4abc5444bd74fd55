import Crypto
import Foundation
import ProvincialTrust

/// The kiosk's X25519 key that downward bundles are sealed to (`field-bundle-key.json` in its data folder,
/// 0600, made at the first export). Its public half travels in every operations bundle's manifest, signed
/// by the device key, so the central learns it from a bundle it already verified.
public enum FieldBundleReplyKey {
    public static func url(in folder: URL) -> URL { folder.appendingPathComponent("field-bundle-key.json") }

    private struct File: Codable {
        var format = 1
        var privateKey: String
        var publicKey: String
    }

    /// The key; made (0600) when missing and `create`, else nil when missing.
    public static func load(folder: URL, create: Bool) throws(FieldBundleCentralKeys.Problem) -> Curve25519.KeyAgreement.PrivateKey? {
        let url = url(in: folder)
        if let data = FileManager.default.contents(atPath: url.path) {
            guard let file = try? JSONDecoder().decode(File.self, from: data), let raw = Data(base64Encoded: file.privateKey),
                  let key = try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: raw),
                  key.publicKey.rawRepresentation.base64EncodedString() == file.publicKey else {
                throw .init(description: "\(url.path) is damaged; move it away (the next export makes a new one; bundles sealed to the old one cannot be opened)")
            }
            return key
        }
        guard create else { return nil }
        let key = Curve25519.KeyAgreement.PrivateKey()
        let file = File(privateKey: key.rawRepresentation.base64EncodedString(), publicKey: key.publicKey.rawRepresentation.base64EncodedString())
        do { try PrivateFile.replace(try JSONEncoder().encode(file), at: url) } catch { throw .init(description: "cannot write \(url.path): \(error)") }
        return key
    }
}
