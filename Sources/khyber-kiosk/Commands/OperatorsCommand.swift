import ArgumentParser
import CommandLineSupport
import Foundation
import KioskRuntime
import OperatorAccounts

/// `operators`: the operator accounts this kiosk believes (its held trust bundle's, of its centre).
struct KioskOperatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "operators",
        abstract: "The operator accounts this kiosk knows from its trust bundle.",
        subcommands: [List.self]
    )

    /// `operators list`: from the held bundle, this kiosk's centre only, never a verifier.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "The enabled operator accounts of this kiosk's centre (from the held trust bundle; no verifiers).")
        @Option(help: "A kiosk config file (kiosk_id, trust_root, data_folder).") var config: String?
        @Option(name: .customLong("kiosk-id"), help: "This kiosk's id (overrides the config).") var kioskID: String?
        @Flag(help: "JSON for machines.") var json = false
        @OptionGroup var dataOptions: DataOptions

        /// What the list shows of an account.
        struct Entry: Encodable {
            let id, name, role, centre: String
        }

        func run() throws {
            var configuration = KioskConfiguration()
            if let config {
                do { configuration = try KioskConfiguration.load(from: config) } catch { throw CLIError(error.description) }
            }
            let folder = dataOptions.folder(configured: configuration.dataFolder)
            guard let setting = try folder.provincialTrust(configuredRoot: configuration.trustRoot, kioskID: kioskID ?? configuration.kioskID) else {
                throw CLIError("no provincial root is pinned (\(folder.trustRootURL.path) or trust_root in the config): this kiosk knows no operators")
            }
            let registry = try folder.openRegistry()
            let directory = OperatorDirectory(database: registry, trust: setting)
            let entries = directory.accounts().map { Entry(id: $0.id, name: $0.name, role: $0.role.rawValue, centre: $0.centre) }
            if json {
                print(try Output.json(entries))
            } else if let reason = directory.unavailableReason() {
                print(Output.safe("No operator accounts: \(reason)."))
            } else if entries.isEmpty {
                print(Output.safe("The trust bundle lists no enabled operator of centre \(directory.centre() ?? "?")."))
            } else {
                for line in TextTable.lines(header: ["ID", "NAME", "ROLE", "CENTRE"], rows: entries.map { [$0.id, $0.name, $0.role, $0.centre] }) {
                    print(Output.safe(line))
                }
            }
        }
    }
}
