import ArgumentParser
import CommandLineSupport
import Crypto
import FieldBundle
import Foundation
import KioskStore
import KioskSync
import ProvincialTrust

/// `bundle`: a field camp's USB stick — export the waiting work, import the central's receipt and changes,
/// check a file before it travels (docs/field-bundles.md).
struct BundleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: "Carry the work to and from the central on a USB stick (field camps).",
        subcommands: [Export.self, Import.self, Check.self]
    )

    /// What every `bundle` subcommand reads: the config, the data folder, the device key, the pinned root.
    struct Setup: ParsableArguments {
        @Option(help: "A kiosk config file (kiosk_id, sync_districts, trust_root).") var config: String?
        @Option(name: .customLong("kiosk-id"), help: "This kiosk's id (overrides the config).") var kioskID: String?
        @OptionGroup var dataOptions: DataOptions

        func kiosk() throws -> FieldBundleKiosk {
            var configuration = KioskConfiguration()
            if let config {
                do { configuration = try KioskConfiguration.load(from: config) } catch { throw CLIError(error.description) }
            }
            let folder = dataOptions.folder(configured: configuration.dataFolder)
            let registry = try folder.openRegistry()
            let keys: DeviceKeys?
            do { keys = try DeviceKeys.load(folder: folder.url, create: false) } catch { throw CLIError(error.description) }
            guard let keys else { throw CLIError("this kiosk has no device key in \(folder.url.path): enrol it first (khyber-kiosk enrol)") }
            guard let root = try folder.trustRoot(configured: configuration.trustRoot),
                  let pinned = try? Curve25519.Signing.PublicKey(rawRepresentation: root) else {
                throw CLIError("no provincial root is pinned (trust_root in the config, or trust-root.pub in the data folder): field bundles need the trust bundle's keys")
            }
            return FieldBundleKiosk(
                registry: registry, kioskID: kioskID ?? configuration.kioskID, deviceKey: keys.device, folder: folder.url, pinnedRoot: pinned,
                districts: configuration.syncDistricts)
        }
    }

    /// `bundle export --to DIR`.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write every operation not yet acknowledged into one signed, encrypted bundle.",
            discussion: """
            Always allowed, online or not; a later export again holds everything still unacknowledged, so the \
            newest file is the one to carry. Nothing is marked delivered until the central's receipt is imported.
            """
        )
        @Option(help: ArgumentHelp("The folder to write into (the USB stick).", valueName: "dir")) var to: String
        @OptionGroup var setup: Setup

        func run() async throws {
            let kiosk = try setup.kiosk()
            let exported: FieldBundleKiosk.Exported
            do { exported = try await kiosk.export(to: URL(fileURLWithPath: to)) } catch { throw CLIError(error.description) }
            let m = exported.manifest
            print(Output.safe("exported \(m.operations ?? 0) operations (export no. \(m.exportSerial ?? 0)) into \(exported.file.path), \(exported.bytes) bytes"))
            for line in FieldBundleSummary.lines(try FieldBundleFile.parse(try Data(contentsOf: exported.file))).dropFirst() { print(Output.safe("  " + line)) }
        }
    }

    /// `bundle import FILE…`.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Take in the central's receipts (acknowledgements) and changes bundles.",
            discussion: "Each file on its own: one refused file leaves the others going in. Exit 1 when any was refused."
        )
        @Argument(help: ArgumentHelp("Bundle files from the central.", valueName: "file")) var files: [String]
        @OptionGroup var setup: Setup

        func run() async throws {
            let kiosk = try setup.kiosk()
            var refused = 0
            for path in files {
                do {
                    switch try await kiosk.importBundle(at: URL(fileURLWithPath: path)) {
                    case .receipt(let manifest, let tally):
                        print(Output.safe("\(path): receipt for export no. \(manifest.exportSerial ?? 0): \(tally.accepted) accepted, \(tally.duplicates) already there, \(tally.conflicts) conflicts, \(tally.rejected) rejected"))
                    case .changes(let manifest, let tally, let trust):
                        print(Output.safe("\(path): \(tally.total) changes up to cursor \(manifest.nextCursor ?? 0): \(tally.statuses) statuses, \(tally.citizens) registry records, \(tally.trust) trust-list changes, \(tally.skipped) skipped\(trust.map { "; " + $0 } ?? "")\(manifest.hasMore == true ? "; more wait at the central" : "")"))
                    }
                } catch {
                    refused += 1
                    FileHandle.standardError.write(Data((Output.safe("\(path): refused: \(error)") + "\n").utf8))
                }
            }
            if refused > 0 { throw ExitCode(1) }
        }
    }

    /// `bundle check FILE…`.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Say whether a bundle file is whole and what it holds, without decrypting anything.",
            discussion: "Exit 1 when any file is not whole."
        )
        @Argument(help: ArgumentHelp("Bundle files.", valueName: "file")) var files: [String]
        @OptionGroup var setup: Setup

        func run() async throws {
            let kiosk = try setup.kiosk()
            var bad = 0
            for path in files {
                let (whole, lines) = kiosk.check(URL(fileURLWithPath: path))
                if !whole { bad += 1 }
                print(Output.safe("\(path):"))
                for line in lines { print(Output.safe("  " + line)) }
            }
            if bad > 0 { throw ExitCode(1) }
        }
    }
}
