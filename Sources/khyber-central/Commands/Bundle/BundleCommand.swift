import ArgumentParser
import CentralService
import CentralStore
import CommandLineSupport
import FieldBundle
import Foundation
import Services

/// `bundle`: field camps' USB bundles at the central (docs/field-bundles.md).
struct BundleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: "Field camps: take in kiosks' USB bundles, write receipts and downward bundles.",
        subcommands: [KeyInit.self, Import.self, Export.self, Check.self]
    )

    /// `--key FILE`: the central's field-bundle key file.
    struct KeyOption: ParsableArguments {
        @Option(name: .customLong("key"), help: ArgumentHelp("The central's field-bundle key file (0600).", valueName: "file"))
        var path: String = "field-bundle-key.json"

        var url: URL { URL(fileURLWithPath: path) }

        func load() throws -> FieldBundleCentralKeys {
            do { return try FieldBundleCentralKeys.load(from: url) } catch { throw CLIError(error.description) }
        }
    }

    /// `bundle key-init`.
    struct KeyInit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "key-init",
            abstract: "Make the central's field-bundle keys (X25519 for sealing, Ed25519 for signing), once.",
            discussion: "The next `trust draft` lists the public keys (fieldBundles); kiosks learn them from the signed trust bundle."
        )
        @OptionGroup var key: KeyOption

        func run() throws {
            let keys: FieldBundleCentralKeys
            do { keys = try FieldBundleCentralKeys.create(at: key.url) } catch { throw CLIError("not made: \(error)") }
            print(Output.safe("field-bundle keys written to \(key.path) (0600); encryption key \(keys.published.encryptionKey), signing key \(keys.published.signingKey)"))
            print("Draft, sign and publish a new trust bundle (trust draft --bundle-key \(key.path)) so kiosks learn them.")
        }
    }

    /// `bundle import FILE…`.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Take in kiosks' operations bundles with the network's exactly-once rules, and write their receipts.",
            discussion: """
            Each file is checked whole (structure, enrolled device's signature, sealed to this central, digest) \
            before anything of it is stored; one refused file leaves the others going in. A receipt is written \
            for each taken file (into --receipts, else beside the file). Exit 1 when any file was refused.
            """
        )
        @Argument(help: ArgumentHelp("Operations bundles from kiosks.", valueName: "file")) var files: [String]
        @Option(help: ArgumentHelp("Where to write the receipts (default: beside each bundle).", valueName: "dir")) var receipts: String?
        @Option(help: ArgumentHelp("The service definitions fees are checked against (default: Assets/services).", valueName: "dir")) var services: String?
        @OptionGroup var key: KeyOption
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let keys = try key.load()
            let fees = try Self.fees(services)
            let files = Self.inExportOrder(self.files), receipts = self.receipts
            let refused = try await database.withStorage { storage in
                let importer = FieldBundleImport(storage: storage, keys: keys, fees: fees)
                var refused = 0
                for path in files {
                    let url = URL(fileURLWithPath: path)
                    do {
                        let data: Data
                        do { data = try FieldBundleWriter.read(url) } catch { throw FieldBundleImport.Failure.refused(.notABundle("\(error)")) }
                        let imported = try await importer.run(data)
                        let folder = receipts.map { URL(fileURLWithPath: $0) } ?? url.deletingLastPathComponent()
                        let receiptManifest = try FieldBundleFile.parse(imported.receipt).manifest
                        let written = try FieldBundleWriter.write(imported.receipt, to: folder, name: FieldBundleSummary.fileName(receiptManifest))
                        let m = imported.manifest
                        let gaps = imported.response.gaps.map { $0.first == $0.last ? "\($0.first)" : "\($0.first)–\($0.last)" }
                        print(Output.safe(
                            "\(path): \(m.operations ?? 0) operations from \(m.kioskID) (export no. \(m.exportSerial ?? 0))\(imported.again ? ", imported before" : ""): "
                                + "\(imported.count(.accepted)) accepted, \(imported.count(.duplicate)) already there, \(imported.count(.conflict)) conflicts, "
                                + "\(imported.count(.rejected)) rejected; receipt \(written.path)"
                                + (gaps.isEmpty ? "" : "; missing sequence numbers: \(gaps.joined(separator: ", "))")))
                    } catch {
                        refused += 1
                        FileHandle.standardError.write(Data((Output.safe("\(path): refused: \(error)") + "\n").utf8))
                    }
                }
                return refused
            }
            if refused > 0 { throw ExitCode(1) }
        }

        /// Each kiosk's bundles oldest export first (a stick may hold several, in any order), so an older one is
        /// taken in before a newer one covers it; files that do not read as bundles keep their place (they are refused).
        static func inExportOrder(_ files: [String]) -> [String] {
            let keyed = files.enumerated().map { index, path -> (String, Int, String, Int64) in
                let manifest = (try? FieldBundleWriter.read(URL(fileURLWithPath: path))).flatMap { try? FieldBundleFile.parse($0).manifest }
                return (path, index, manifest?.kioskID ?? "", manifest?.exportSerial ?? 0)
            }
            return keyed.sorted { ($0.2, $0.3, $0.1) < ($1.2, $1.3, $1.1) }.map(\.0)
        }

        static func fees(_ services: String?) throws -> ServiceFees {
            let folder = try services.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? Assets.servicesFolder()
            let catalog = ServiceCatalog.load(directory: folder)
            guard !catalog.services.isEmpty else { throw CLIError("no service definitions in \(folder.path): fees are checked against them (give --services DIR)") }
            return ServiceFees(catalog: catalog)
        }
    }

    /// `bundle export --kiosk ID --to DIR`.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write what a kiosk would pull (statuses, its districts' records, the trust bundle) into a sealed bundle.",
            discussion: "Starts from the cursor the kiosk's last imported operations bundle confirmed; sealed to that bundle's reply key."
        )
        @Option(help: "The kiosk.") var kiosk: String
        @Option(help: ArgumentHelp("The folder to write into (the USB stick).", valueName: "dir")) var to: String
        @OptionGroup var key: KeyOption
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let keys = try key.load()
            let kioskID = kiosk.uppercased().filter { $0.isLetter || $0.isNumber }
            let (data, manifest) = try await database.withStorage { storage in
                do { return try await FieldBundleDownward(storage: storage, keys: keys).run(kioskID: kioskID) } catch { throw CLIError("\(error)") }
            }
            let written: URL
            do { written = try FieldBundleWriter.write(data, to: URL(fileURLWithPath: to), name: FieldBundleSummary.fileName(manifest)) } catch {
                throw CLIError("\(error)")
            }
            print(Output.safe(
                "\(manifest.changes ?? 0) changes for \(kioskID) after cursor \(manifest.fromCursor ?? 0) into \(written.path), \(data.count) bytes"
                    + (manifest.trustBundleVersion.map { "; trust bundle version \($0)" } ?? "") + (manifest.hasMore == true ? "; more wait: export again after the kiosk confirms" : "")))
        }
    }

    /// `bundle check FILE…` at the central: structure, manifest, and the signature against the enrolled device.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check", abstract: "Say whether bundle files are whole and what they hold, without decrypting anything."
        )
        @Argument(help: ArgumentHelp("Bundle files.", valueName: "file")) var files: [String]
        @OptionGroup var key: KeyOption
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let files = self.files
            let signing = (try? key.load())?.signing.publicKey
            let bad = try await database.withStorage { storage in
                var bad = 0
                for path in files {
                    let (whole, lines) = await CentralBundleCheck.check(URL(fileURLWithPath: path), storage: storage, centralSigning: signing)
                    if !whole { bad += 1 }
                    print(Output.safe("\(path):"))
                    for line in lines { print(Output.safe("  " + line)) }
                }
                return bad
            }
            if bad > 0 { throw ExitCode(1) }
        }
    }
}
