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

    /// The trust list plus the passes this registry itself revoked.
    func verificationTrustList(registry: RegistryDatabase?) throws -> TrustList {
        var list = try trustList()
        if let registry {
            let revoked = try registry.revokedPassSerials()
            list.revokedSerials.formUnion(revoked.compactMap { UInt32(exactly: $0) })
        }
        return list
    }
}

/// Parses a `--cnic` value with the reason when it is wrong.
func parseCNIC(_ text: String) throws -> CNIC {
    do { return try CNIC(text) } catch { throw CLIError("\(text) is not a CNIC: \(error.description)") }
}
