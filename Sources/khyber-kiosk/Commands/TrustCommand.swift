import ArgumentParser
import CommandLineSupport
import Foundation
import KioskStore
import ProvincialTrust

/// `trust`: this kiosk's side of the provincial trust bundle — its pass issuer keys and what it holds.
struct KioskTrustCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trust",
        abstract: "This kiosk's pass issuer keys and the trust bundle it holds.",
        subcommands: [IssuerKey.self, Status.self]
    )

    /// `trust issuer-key`: prints this kiosk's newest issuer public key, making one when none exists.
    struct IssuerKey: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "issuer-key",
            abstract: "Print this kiosk's newest pass issuer public key (made on first use, kept 0600 in issuer-keys.json).",
            discussion: "--new adds a key for a rotation: publish it at the central (trust add-signer) before it is used."
        )

        @Flag(help: "Add a new key (rotation).") var new = false
        @OptionGroup var dataOptions: DataOptions

        func run() throws {
            let folder = dataOptions.folder
            try folder.create()
            var ring = try folder.issuerKeyring()
            if new || ring.keys.isEmpty {
                ring.addKey(now: Date())
                do { try ring.save(to: folder.issuerKeysURL) } catch { throw CLIError("\(error)") }
            }
            print(ring.keys.last?.publicKeyBase64 ?? "")
        }
    }

    /// `trust status`: the pinned root and the held bundle.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "status", abstract: "Show the pinned root and the trust bundle this kiosk holds.")
        @OptionGroup var dataOptions: DataOptions

        func run() throws {
            let folder = dataOptions.folder
            guard let root = try folder.trustRoot(configured: nil) else {
                print("No provincial root is pinned (\(folder.trustRootURL.path)): the legacy trust list is used.")
                return
            }
            print("Pinned root: \(root.base64EncodedString())")
            let registry = try folder.openRegistry()
            let setting = try folder.provincialTrust(configuredRoot: nil, kioskID: "")
            guard let setting, let state = try? registry.bundleTrust(setting, now: Date()), let content = state.content else {
                print("No trust bundle held yet.")
                return
            }
            print("Held bundle: version \(content.version), \(content.issuers.count) issuers, \(content.revokedPasses.count) revoked passes, \(state.freshness?.code ?? "")")
            if let warning = state.warning { print("Warning: \(warning)") }
        }
    }
}
