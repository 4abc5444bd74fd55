import ArgumentParser
import CommandLineSupport
import Foundation
import ProvincialTrust

extension TrustCommand {
    /// `trust root-init`: makes the provincial root key (offline; no database).
    struct RootInit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "root-init",
            abstract: "Make the provincial root key (mode 0600) on the offline machine; prints the public key kiosks pin."
        )

        @Option(help: ArgumentHelp("Where to write the root key (refused if it exists).", valueName: "file")) var out: String

        func run() throws {
            let root = ProvincialRootKey.make()
            do { try root.save(to: URL(fileURLWithPath: out)) } catch { throw CLIError("\(error)") }
            print(Output.safe("Provincial root key written to \(out) (mode 0600). Keep it offline."))
            print("Public key (kiosks' trustRoot; `trust pin-root` at the central): \(root.publicKeyBase64)")
        }
    }

    /// `trust pin-root`: the root public key the central verifies bundles against before publishing.
    struct PinRoot: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pin-root", abstract: "Pin the provincial root's public key at the central (publish verifies against it)."
        )

        @Option(help: "Base64 of the root's 32-byte Ed25519 public key.") var publicKey: String
        @Flag(help: "Replace a different root already pinned.") var replace = false
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let key: String
            do { key = try ProvincialRootKey.publicKey(base64: publicKey).rawRepresentation.base64EncodedString() } catch { throw CLIError("\(error)") }
            let replace = self.replace
            try await database.withStorage { storage in try await storage.pinTrustRoot(publicKey: key, replacing: replace) }
            print("Provincial root \(key) pinned.")
        }
    }
}
