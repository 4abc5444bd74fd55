import Crypto
import Foundation
import IdentityCore
import KioskStore

extension DataFolder {
    /// Opens the registry, or explains how to make one.
    func openRegistry(creating: Bool = false) throws -> RegistryDatabase {
        if !creating && !hasRegistry {
            throw CLIError("there is no registry in \(url.path) yet; make one with: khyber-kiosk seed --citizens 20000 --data \(url.path)")
        }
        try create()
        do { return try RegistryDatabase(url: registryURL) } catch { throw CLIError(error.description) }
    }

    /// The trust list file, plus the passes this registry itself revoked, plus the trust list the
    /// central store sent (its signers added, the signers it removed dropped, its revocations added).
    func verificationTrustList(registry: RegistryDatabase?) throws -> TrustList {
        var list = try trustList()
        if let registry {
            let revoked = try registry.revokedPassSerials()
            list.revokedSerials.formUnion(revoked.compactMap { UInt32(exactly: $0) })
            let synced = try registry.syncedTrust()
            for record in synced.signers {
                guard let keyID = UInt8(record.keyID, radix: 16), let raw = Data(base64Encoded: record.publicKey),
                      let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { continue }
                let signer = TrustedSigner(keyID: keyID, publicKey: key, label: record.label)
                if !list.signers.contains(signer) { list.signers.append(signer) }
            }
            // A removed signer is matched by its key, not its one-byte id (ids can repeat).
            let removed = Set(synced.removed.compactMap { Data(base64Encoded: $0.publicKey) })
            list.signers.removeAll { removed.contains($0.publicKey.rawRepresentation) }
            list.revokedSerials.formUnion(synced.revokedSerials.compactMap { UInt32(exactly: $0) })
        }
        return list
    }
}

/// Parses a `--cnic` value with the reason when it is wrong.
func parseCNIC(_ text: String) throws -> CNIC {
    do { return try CNIC(text) } catch { throw CLIError("\(text) is not a CNIC: \(error.description)") }
}
