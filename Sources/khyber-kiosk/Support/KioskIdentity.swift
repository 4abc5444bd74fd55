import AuditTrail
import CommandLineSupport
import Foundation
import KioskStore
import KioskSync
import RequestSigning

/// The kiosk's device identity in its data folder (`device-key.json`, `issuer-keys.json`), for the commands
/// that talk to the central.
enum KioskIdentity {
    /// The signer for sync; an error naming `khyber-kiosk enrol` when the kiosk has no device key.
    static func signer(folder: DataFolder, kioskID: String) throws -> RequestSigner {
        let keys: DeviceKeys?
        do { keys = try DeviceKeys.load(folder: folder.url, create: false) } catch { throw CLIError(error.description) }
        guard let keys else {
            throw CLIError("this kiosk has no device key in \(folder.url.path): run `khyber-kiosk enrol --central URL` and have a supervisor approve it")
        }
        return keys.signer(kioskID: RegistryDatabase.canonicalKioskID(kioskID))
    }

    /// The same for the screen, which starts anyway: nil when not enrolled (the badge shows the central's 401).
    static func signerIfEnrolled(folder: DataFolder, kioskID: String) -> RequestSigner? {
        try? signer(folder: folder, kioskID: kioskID)
    }

    /// Seals `registry`'s audit entries with this kiosk's device key from now on; false when the kiosk has
    /// no device key yet (then every audited change is refused with words naming `enrol`).
    @discardableResult
    static func attachAuditSigner(to registry: RegistryDatabase, folder: DataFolder, kioskID: String) -> Bool {
        guard let device = try? DeviceKeys.device(in: folder.url) else { return false }
        registry.useAuditSigner(AuditSigner(kioskID: RegistryDatabase.canonicalKioskID(kioskID), privateKey: device))
        return true
    }
}
