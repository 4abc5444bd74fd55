import CentralStore
import Crypto
import FieldBundle
import Foundation

/// `bundle check` at the central: the manifest, and the signature checked with the key it must verify
/// with — the enrolled device's for an operations bundle, the central's own for the rest. Never decrypts.
enum CentralBundleCheck {
    static func check(_ url: URL, storage: any CentralStorage, centralSigning: Curve25519.Signing.PublicKey?) async -> (Bool, [String]) {
        let file: FieldBundleFile
        do { file = try FieldBundleFile.parse(try FieldBundleWriter.read(url)) } catch { return (false, ["NOT USABLE: \(error)"]) }
        var lines = FieldBundleSummary.lines(file)
        let key: Curve25519.Signing.PublicKey?, whose: String
        if file.kind == .operations {
            let device = try? await storage.device(kioskID: file.manifest.kioskID)
            key = device.flatMap { Data(base64Encoded: $0.devicePublicKey) }.flatMap { try? Curve25519.Signing.PublicKey(rawRepresentation: $0) }
            whose = "kiosk \(file.manifest.kioskID)'s enrolled device key"
            if let device, device.status != .approved { lines.append("kiosk \(device.kioskID) is \(device.status.rawValue) here: an import would be refused") }
        } else {
            key = centralSigning
            whose = "this central's signing key"
        }
        guard let key else {
            lines.append("NOT USABLE HERE: no \(whose) to check the signature with")
            return (false, lines)
        }
        do { try file.verifySignature(with: key, signerWords: whose) } catch {
            lines.append("NOT USABLE: \(error)")
            return (false, lines)
        }
        lines.append("whole: every byte is there and the signature verifies with \(whose)")
        return (true, lines)
    }
}
