import CommandLineSupport
import Foundation
import IdentityCore
import KioskRuntime
import KioskStore

extension DataFolder {
    /// Opens the registry, or explains how to make one.
    func openRegistry(creating: Bool = false) throws -> RegistryDatabase {
        if !creating && !hasRegistry {
            throw CLIError("there is no registry in \(url.path) yet; make one with: khyber-kiosk seed --citizens 20000 --data \(url.path)")
        }
        try create()
        let registry: RegistryDatabase
        do { registry = try RegistryDatabase(url: registryURL) } catch { throw CLIError(error.description) }
        try PrivateFiles.database(registryURL.path)
        return registry
    }

    /// The trust list file, merged with what `registry` knows (see `TrustListMerge` in KioskRuntime).
    func verificationTrustList(registry: RegistryDatabase?) throws -> TrustList {
        let file = try trustList()
        guard let registry else { return file }
        return try registry.verificationTrustList(file: file)
    }
}

/// Command-line errors are plain words (they say what to do), fit for the kiosk log.
extension CLIError: LoggableError {}

/// Parses a `--cnic` value with the reason when it is wrong.
func parseCNIC(_ text: String) throws -> CNIC {
    do { return try CNIC(text) } catch { throw CLIError("\(text) is not a CNIC: \(error.description)") }
}
