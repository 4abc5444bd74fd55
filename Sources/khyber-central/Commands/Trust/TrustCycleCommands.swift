import ArgumentParser
import CentralStore
import CommandLineSupport
import Foundation
import ProvincialTrust

extension TrustCommand {
    /// `trust draft`: the next bundle's content from the central's tables.
    struct Draft: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "draft",
            abstract: "Write the next trust bundle's content (version = last published + 1) for the root holder to sign."
        )

        @Option(help: ArgumentHelp("Where to write the draft.", valueName: "file")) var out: String
        @Option(help: "Days until the bundle expires (kiosks warn 14 days ahead, and keep using it after, with a warning).")
        var validDays = TrustBundleDraft.defaultValidDays
        @Option(name: .customLong("tls-fingerprint"), help: "SHA-256 (hex) of a central TLS certificate; repeat for several.")
        var tlsFingerprints: [String] = []
        @Option(name: .customLong("tls-cert"), help: ArgumentHelp("A central TLS certificate (PEM); its SHA-256 is listed. Repeat for several.", valueName: "file"))
        var tlsCertificates: [String] = []
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard (1...3650).contains(validDays) else { throw ValidationError("--valid-days must be 1–3650") }
            for fingerprint in tlsFingerprints where fingerprint.count != 64 || !fingerprint.allSatisfy(\.isHexDigit) {
                throw ValidationError("--tls-fingerprint must be 64 hex digits (SHA-256)")
            }
        }

        func run() async throws {
            let fingerprints = tlsFingerprints.map { $0.lowercased() } + (try tlsCertificates.flatMap { try CertificateFingerprint.sha256(pemFile: $0) })
            let validDays = self.validDays
            let content = try await database.withStorage { storage in
                let revocations = try await storage.issuerRevocations()
                return TrustBundleDraft.make(
                    lastPublishedVersion: try await storage.latestTrustBundleSummary()?.version, now: Date(), validDays: validDays,
                    issuers: try await storage.issuers(), revokedPasses: revocations.passes, revokedBefore: revocations.before,
                    devices: try await storage.devices().compactMap(BundleDevice.init(decided:)), tlsFingerprints: fingerprints,
                    operators: try await storage.operatorAccounts().map(\.bundleForm))
            }
            do { try PrivateFile.replace(try content.encoded(), at: URL(fileURLWithPath: out)) } catch { throw CLIError("\(error)") }
            print(Output.safe(
                "Draft of trust bundle version \(content.version) written to \(out): \(content.issuers.count) issuers, "
                    + "\(content.revokedPasses.count) revoked passes, \(content.operators.count) operator accounts, expires \(TrustWords.day(content.expiresAt)). Sign it offline."))
        }
    }

    /// `trust sign`: the offline step; needs no database.
    struct Sign: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sign", abstract: "Sign a draft with the provincial root key (offline; no database)."
        )

        @Option(help: ArgumentHelp("The root key file (from root-init).", valueName: "file")) var rootKey: String
        @Option(help: ArgumentHelp("The draft (from trust draft).", valueName: "file")) var draft: String
        @Option(help: ArgumentHelp("Where to write the signed bundle.", valueName: "file")) var out: String

        func run() throws {
            do {
                let root = try ProvincialRootKey.load(from: URL(fileURLWithPath: rootKey))
                let bytes = try Data(contentsOf: URL(fileURLWithPath: draft))
                let content = try TrustBundleContent.decode(bytes)
                let signed = try SignedTrustBundle.sign(content: bytes, with: root)
                try PrivateFile.replace(signed.fileData(), at: URL(fileURLWithPath: out))
                print(Output.safe(
                    "Trust bundle version \(content.version) (\(content.issuers.count) issuers, expires \(TrustWords.day(content.expiresAt))) "
                        + "signed by root \(root.publicKeyBase64) into \(out)."))
            } catch let error as CLIError { throw error } catch { throw CLIError("cannot sign: \(error)") }
        }
    }

    /// `trust publish`: verifies against the pinned root, refuses a rollback, stores it for kiosks.
    struct Publish: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "publish", abstract: "Publish a signed trust bundle (verified against the pinned root; rollbacks refused)."
        )

        @Argument(help: ArgumentHelp("The signed bundle (from trust sign).", valueName: "file")) var file: String
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch { throw CLIError("cannot read \(file): \(error.localizedDescription)") }
            let verified = try await database.withStorage { storage in try await TrustPublishing.publish(data, to: storage, now: Date()) }
            print(Output.safe("Trust bundle version \(verified.content.version) published; kiosks fetch it on their next pull."))
        }
    }

    /// `trust status`: the pinned root, the newest published bundle and how fresh it is.
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "status", abstract: "Show the pinned root and the published trust bundle.")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            let (root, summary, issuers) = try await database.withStorage { storage in
                (try await storage.pinnedTrustRoot(), try await storage.latestTrustBundleSummary(), try await storage.issuers())
            }
            print("Pinned root: \(root ?? "none (trust pin-root)")")
            print("Issuers at the central: \(issuers.count)")
            guard let summary else { print("Published bundle: none"); return }
            let freshness = TrustBundleFreshness.grade(expiresAt: summary.expiresAt, now: Date(), warningWindow: 14 * 86_400)
            print("Published bundle: version \(summary.version), expires \(TrustWords.day(summary.expiresAt)) (\(freshness.code))")
            if let warning = freshness.warning { print("Warning: \(warning)") }
        }
    }
}

/// Publishing, shared by `trust publish` and the demo.
enum TrustPublishing {
    static func publish(_ data: Data, to storage: any CentralStorage, now: Date) async throws -> VerifiedTrustBundle {
        guard let pinned = try await storage.pinnedTrustRoot() else {
            throw CLIError("no provincial root is pinned at the central: run `khyber-central trust pin-root --public-key KEY` first")
        }
        let root = try ProvincialRootKey.publicKey(base64: pinned)
        let held = try await storage.latestTrustBundleSummary()?.version
        let verified: VerifiedTrustBundle
        do { verified = try TrustBundleVerifier(pinnedRoot: root).verify(data, heldVersion: held) } catch {
            throw CLIError("not published: \(error)")
        }
        try await storage.publishTrustBundle(PublishedTrustBundle(
            version: verified.content.version, file: data, expiresAt: verified.content.expiresAt, publishedAt: now))
        return verified
    }
}

/// Days as the trust commands print them.
enum TrustWords {
    static func day(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: date)
    }
}
