import ArgumentParser
import CommandLineSupport
import Crypto
import Foundation
import KioskStore
import KioskSync

/// `audit`: the kiosk's own audit trail.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check this kiosk's tamper-evident audit trail.",
        subcommands: [AuditVerifyCommand.self]
    )
}

/// `audit verify`: walks the chain with the kiosk's device key and names the first break.
struct AuditVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every audit entry: in order, unchanged, signed by this kiosk's device key.",
        discussion: """
        Exit 0 when the chain is whole; 1, naming the FIRST break, when an entry was deleted, changed, moved \
        or written after another entry than the one stored (a forked chain), or the end was cut off.
        """
    )

    @Option(name: .customLong("kiosk-id"), help: "This kiosk's id (default: the config's, else KP-DEMO-001).") var kioskID: String?
    @Option(help: "A kiosk config file (kiosk_id, data_folder).") var config: String?
    @OptionGroup var dataOptions: DataOptions

    func run() async throws {
        var configuration = KioskConfiguration()
        if let config {
            do { configuration = try KioskConfiguration.load(from: config) } catch { throw CLIError(error.description) }
        }
        let folder = dataOptions.folder(configured: configuration.dataFolder)
        let registry = try folder.openRegistry()
        let device: Curve25519.Signing.PrivateKey?
        do { device = try DeviceKeys.device(in: folder.url) } catch { throw CLIError(error.description) }
        guard let device else { throw CLIError("this kiosk has no device key in \(folder.url.path), so it has no audit trail to check") }
        let id = RegistryDatabase.canonicalKioskID(kioskID ?? configuration.kioskID)
        let report: AuditTrailReport
        do { report = try registry.verifyAuditTrail(kioskID: id, publicKey: device.publicKey) } catch { throw CLIError(error.description) }
        if let problem = report.firstBreak {
            print("The audit trail of kiosk \(id) is NOT intact: \(problem.description).")
            throw ExitCode(1)
        }
        print("The audit trail of kiosk \(id) is intact: \(report.entries) entries, each in order, unchanged and signed by this kiosk's device key.")
    }
}
