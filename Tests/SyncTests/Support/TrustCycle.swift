import ChildProcesses
import Crypto
import Foundation
import IdentityCore
import KioskRuntime
import KioskStore
import KioskSync
import ProvincialTrust

/// The province's trust cycle driven through the real `khyber-central trust` commands against a running
/// central: a root made by `root-init`, pinned, issuers added, drafts signed offline and published.
struct TrustCycle {
    let central: CentralServer
    let folder: URL
    let root: ProvincialRootKey
    let rootFile: URL

    /// `root-init` then `pin-root`.
    static func start(_ central: CentralServer, in folder: URL) throws -> TrustCycle {
        let rootFile = folder.appendingPathComponent("root-\(UUID().uuidString.prefix(8)).json")
        let made = try ChildProcessRunner.central(["trust", "root-init", "--out", rootFile.path], folder: folder)
        guard made.status == 0 else { throw SyncTestError("root-init failed: \(made.stderr)") }
        let root = try ProvincialRootKey.load(from: rootFile)
        let pinned = try central.command(["trust", "pin-root", "--public-key", root.publicKeyBase64])
        guard pinned.status == 0 else { throw SyncTestError("pin-root failed: \(pinned.stderr)") }
        return TrustCycle(central: central, folder: folder, root: root, rootFile: rootFile)
    }

    /// Runs a `trust` subcommand; throws with its stderr unless it succeeds.
    @discardableResult
    func trust(_ arguments: [String]) throws -> String {
        let result = try central.command(["trust"] + arguments)
        guard result.status == 0 else { throw SyncTestError("trust \(arguments.first ?? "") failed: \(result.stderr)") }
        return result.stdout
    }

    /// `draft`, `sign` (offline), `publish`; returns the signed file.
    @discardableResult
    func publishNext(validDays: Int = 90, draftArguments: [String] = []) throws -> URL {
        let name = UUID().uuidString.prefix(8)
        let draft = folder.appendingPathComponent("draft-\(name).json"), signed = folder.appendingPathComponent("bundle-\(name).ktb")
        try trust(["draft", "--out", draft.path, "--valid-days", String(validDays)] + draftArguments)
        let sign = try ChildProcessRunner.central(["trust", "sign", "--root-key", rootFile.path, "--draft", draft.path, "--out", signed.path], folder: folder)
        guard sign.status == 0 else { throw SyncTestError("sign failed: \(sign.stderr)") }
        try trust(["publish", signed.path])
        return signed
    }

    /// Lists a kiosk issuer key.
    func addIssuer(_ key: Curve25519.Signing.PublicKey, kiosk: String, keyID: Int, signUntil: String, verifyUntil: String) throws {
        try trust([
            "add-signer", "--public-key", key.rawRepresentation.base64EncodedString(), "--scope", "kiosk:\(kiosk)", "--key-id", String(keyID),
            "--label", "kiosk \(kiosk)", "--sign-until", signUntil, "--verify-until", verifyUntil,
        ])
    }
}

/// `trust sign` needs no database: it runs without `--db`.
enum ChildProcessRunner {
    static func central(_ arguments: [String], folder: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        try ChildProcess.run(try TestPaths.binary("khyber-central"), arguments, outputFolder: folder)
    }
}

extension SimulatedKiosk {
    /// An engine that pins `root` and so fetches trust bundles.
    func trustingEngine(_ centralURL: String, root: ProvincialRootKey) async throws -> (SyncEngine, HTTPSyncTransport) {
        try await TestEnrolment.ensure(self, at: centralURL)
        let transport = try self.transport(centralURL)
        let engine = SyncEngine(
            registry: registry, transport: transport, settings: .init(trustRoot: root.publicKey.rawRepresentation))
        await engine.setKioskID(kioskID)
        return (engine, transport)
    }

    /// One round with the pinned root.
    func trustingSync(_ centralURL: String, root: ProvincialRootKey) async throws -> SyncRoundReport {
        let (engine, transport) = try await trustingEngine(centralURL, root: root)
        let report = await engine.syncOnce()
        await transport.shutdown()
        return report
    }

    /// The bundle-only trust setting for this kiosk with `keyring`.
    func trustSetting(_ root: ProvincialRootKey, keyring: IssuerKeyring = IssuerKeyring()) -> ProvincialTrustSetting {
        ProvincialTrustSetting(root: root.publicKey, kioskID: canonicalID, keyring: keyring)
    }
}
