import ArgumentParser
import CentralStore
import CommandLineSupport
import Foundation
import SyncProtocol

/// `trust`: the pass trust list every kiosk receives.
struct TrustCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trust",
        abstract: "Manage the pass trust list (signers and revoked serials) every kiosk receives.",
        subcommands: [AddSigner.self, RemoveSigner.self, Revoke.self]
    )

    /// `trust add-signer`.
    struct AddSigner: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-signer", abstract: "Trust a pass signer's Ed25519 public key on every kiosk."
        )

        @Option(help: "The signer's key id (hex, as the pass format writes it).") var keyID: String
        @Option(help: "Base64 of the 32-byte Ed25519 public key.") var publicKey: String
        @Option(help: "Words for people (which office, which year).") var label = ""
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let signer = TrustedSignerRecord(
                keyID: keyID.trimmingCharacters(in: .whitespaces).lowercased(), publicKey: publicKey.trimmingCharacters(in: .whitespaces),
                label: label
            )
            try await database.withStorage { storage in try await storage.addTrustedSigner(signer) }
            print(Output.safe("Signer \(signer.keyID) added to the trust list."))
        }
    }

    /// `trust remove-signer`.
    struct RemoveSigner: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove-signer", abstract: "Stop trusting a pass signer on every kiosk."
        )

        @Option(help: "The signer's key id (hex).") var keyID: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let keyID = self.keyID.trimmingCharacters(in: .whitespaces).lowercased()
            try await database.withStorage { storage in try await storage.removeTrustedSigner(keyID: keyID) }
            print(Output.safe("Signer \(keyID) removed from the trust list."))
        }
    }

    /// `trust revoke`.
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke", abstract: "Revoke a pass serial on every kiosk."
        )

        @Option(help: "The pass serial.") var serial: Int64
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard serial > 0 else { throw ValidationError("--serial must be a positive number") }
        }

        func run() async throws {
            let serial = self.serial
            try await database.withStorage { storage in try await storage.revokePass(serial: serial, at: Date()) }
            print("Pass serial \(serial) revoked.")
        }
    }
}
