import ArgumentParser
import CentralStore
import CommandLineSupport
import Crypto
import Foundation
import IdentityCore
import ProvincialTrust

extension TrustCommand {
    /// `trust add-signer`: an issuer the next bundle lists.
    struct AddSigner: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-signer",
            abstract: "Add (or change) a pass issuer key the next trust bundle lists.",
            discussion: """
            Publish a new kiosk key ahead of use; to rotate, shorten the old key's --sign-until and keep its \
            --verify-until until its last pass expires. Removing a key refuses every pass it signed.
            """
        )

        @Option(help: "Base64 of the issuer's 32-byte Ed25519 public key.") var publicKey: String
        @Option(help: "The pass format's 1-byte key id, 0–255 (default: the first byte of SHA-256 of the key).") var keyID: Int?
        @Option(help: "Who may sign with it: central or kiosk:KIOSK-ID.") var scope: String
        @Option(help: "Words for people (which kiosk, which year).") var label = ""
        @Option(help: "Last day (YYYY-MM-DD, UTC) passes may be issued with it (default: a year from today).") var signUntil: String?
        @Option(help: "Last day (YYYY-MM-DD, UTC) its passes are believed (default: sign-until plus 61 months).") var verifyUntil: String?
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let key: Curve25519.Signing.PublicKey
            do { key = try ProvincialRootKey.publicKey(base64: publicKey) } catch { throw CLIError("--public-key is not Base64 of a 32-byte Ed25519 public key") }
            if let keyID, !(0...255).contains(keyID) { throw CLIError("--key-id must be 0–255") }
            let signUntil = try signUntil.map { try TrustDay.endOf($0, "--sign-until") } ?? IssuerWindow.signUntil(from: Date())
            let verifyUntil = try verifyUntil.map { try TrustDay.endOf($0, "--verify-until") } ?? IssuerWindow.verifyUntil(after: signUntil)
            // A kiosk scope names the kiosk's canonical id (upper case, letters and digits), as kiosks number their work.
            let scope = self.scope.hasPrefix("kiosk:")
                ? "kiosk:" + String(self.scope.dropFirst(6).uppercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) }) : self.scope
            let issuer = BundleIssuer(
                publicKey: key.rawRepresentation.base64EncodedString(), keyID: keyID ?? Int(TrustedSigner.defaultKeyID(for: key)),
                label: label, scope: scope, signUntil: signUntil, verifyUntil: verifyUntil)
            try await database.withStorage { storage in try await storage.upsertIssuer(issuer) }
            print(Output.safe(
                "Issuer \(issuer.publicKey) (key id \(issuer.keyID), \(issuer.scope)) signs until \(TrustWords.day(signUntil)), "
                    + "verifies until \(TrustWords.day(verifyUntil)). It is in the next draft."))
        }
    }

    /// `trust remove-signer`.
    struct RemoveSigner: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove-signer", abstract: "Leave an issuer key out of the next trust bundle (its passes are then refused)."
        )

        @Option(help: "Base64 of the issuer's public key.") var publicKey: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let key = publicKey.trimmingCharacters(in: .whitespaces)
            try await database.withStorage { storage in try await storage.removeIssuer(publicKey: key) }
            print(Output.safe("Issuer \(key) removed; the next published bundle no longer lists it."))
        }
    }

    /// `trust revoke`: one pass of one issuer, or all of an issuer's passes before a day.
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke", abstract: "Revoke one pass (--issuer KEY --serial N) or every pass of an issuer before a day (--before DAY)."
        )

        @Option(help: "Base64 of the issuer's public key (serials are unique per issuer only).") var issuer: String
        @Option(help: "The pass serial.") var serial: Int64?
        @Option(help: "Revoke every pass of this issuer issued before this day (YYYY-MM-DD).") var before: String?
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard (serial == nil) != (before == nil) else { throw ValidationError("give exactly one of --serial and --before") }
            if let serial, !(1...Int64(UInt32.max)).contains(serial) { throw ValidationError("--serial must be 1–\(UInt32.max)") }
        }

        func run() async throws {
            let key = issuer.trimmingCharacters(in: .whitespaces)
            let (serial, before) = (self.serial, self.before)
            try await database.withStorage { storage in
                if let serial { try await storage.revokeIssuedPass(RevokedPass(issuer: key, serial: serial)) }
                if let before { try await storage.revokeIssued(before: RevokedBefore(issuer: key, day: before)) }
            }
            if let serial { print(Output.safe("Pass \(serial) of issuer \(key) revoked; in the next bundle.")) }
            if let before { print(Output.safe("Every pass of issuer \(key) issued before \(before) revoked; in the next bundle.")) }
        }
    }
}

/// Days given on the command line.
enum TrustDay {
    /// The last instant of `text`'s day (UTC).
    static func endOf(_ text: String, _ option: String) throws -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        guard text.count == 10, let start = formatter.date(from: text) else { throw CLIError("\(option) must be YYYY-MM-DD") }
        return start.addingTimeInterval(86_399)
    }
}
