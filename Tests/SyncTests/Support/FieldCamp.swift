import ChildProcesses
import FieldBundle
import Foundation
import KioskStore
import KioskSync
import ProvincialTrust

/// A field-camp setting for the bundle tests, all real: a `khyber-central serve` process, its field-bundle key
/// made by `bundle key-init`, a trust cycle whose bundle lists that key, and a USB "stick" folder. Kiosks are
/// enrolled and take the trust bundle by network once (as at their setup), then work offline.
struct FieldCamp {
    let folder: URL
    let central: CentralServer
    let cycle: TrustCycle
    let keyFile: URL
    let stick: URL

    static func start(_ backend: StorageBackend) throws -> FieldCamp {
        let folder = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: folder), folder: folder)
        let keyFile = folder.appendingPathComponent("field-bundle-key.json")
        let made = try ChildProcessRunner.central(["bundle", "key-init", "--key", keyFile.path], folder: folder)
        guard made.status == 0 else { throw SyncTestError("bundle key-init failed: \(made.stderr)") }
        let cycle = try TrustCycle.start(central, in: folder)
        try cycle.publishNext(draftArguments: ["--bundle-key", keyFile.path])
        let stick = folder.appendingPathComponent("stick")
        try FileManager.default.createDirectory(at: stick, withIntermediateDirectories: true)
        return FieldCamp(folder: folder, central: central, cycle: cycle, keyFile: keyFile, stick: stick)
    }

    /// A kiosk that synced once (enrolled, holds the trust bundle, nothing waiting), then made `applications`.
    func kiosk(_ id: String, applications: Int) async throws -> SimulatedKiosk {
        let kiosk = try SimulatedKiosk.make(id, applications: 0, in: folder)
        try kiosk.cycleRoot(cycle.root)
        let report = try await kiosk.trustingSync(central.url, root: cycle.root)
        guard report.completed, try kiosk.registry.heldTrustBundle() != nil else { throw SyncTestError("the kiosk's first sync failed: \(report)") }
        try kiosk.submit(applications)
        return kiosk
    }

    /// `khyber-kiosk ARGS --data <kiosk> --kiosk-id <kiosk>`.
    func kioskCommand(_ kiosk: SimulatedKiosk, _ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        try ChildProcess.run(
            try TestPaths.binary("khyber-kiosk"), arguments + ["--data", kiosk.folder.path, "--kiosk-id", kiosk.canonicalID],
            environment: environment, outputFolder: folder)
    }

    /// `khyber-central ARGS --key <key> --db <database>`.
    func centralCommand(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try central.command(arguments + ["--key", keyFile.path])
    }

    /// `bundle export` at the kiosk; the file it wrote.
    func export(_ kiosk: SimulatedKiosk, to stick: URL? = nil) throws -> URL {
        let stick = stick ?? self.stick
        let result = try kioskCommand(kiosk, ["bundle", "export", "--to", stick.path])
        guard result.status == 0 else { throw SyncTestError("bundle export failed: \(result.stderr)") }
        guard let name = try FileManager.default.contentsOfDirectory(atPath: stick.path)
            .filter({ $0.hasPrefix(kiosk.canonicalID + "-operations-") }).sorted().last else { throw SyncTestError("no bundle on the stick") }
        return stick.appendingPathComponent(name)
    }

    /// `bundle import` at the central; the receipt it wrote next to the bundle.
    func importAtCentral(_ file: URL) throws -> (output: String, receipt: URL) {
        let result = try centralCommand(["bundle", "import", file.path])
        guard result.status == 0 else { throw SyncTestError("bundle import failed: \(result.stderr)") }
        let manifest = try FieldBundleFile.parse(try Data(contentsOf: file)).manifest
        var receipt = FieldBundleManifest(kind: .receipt, kioskID: manifest.kioskID, createdAt: Date())
        receipt.exportSerial = manifest.exportSerial
        return (result.stdout, file.deletingLastPathComponent().appendingPathComponent(FieldBundleSummary.fileName(receipt)))
    }

    /// The central's keys, for tests that forge bundles.
    func centralKeys() throws -> FieldBundleCentralKeys { try FieldBundleCentralKeys.load(from: keyFile) }
}

extension SimulatedKiosk {
    /// Pins `root` in the kiosk's data folder (`trust-root.pub`), as the commands read it.
    func cycleRoot(_ root: ProvincialRootKey) throws {
        try Data((root.publicKeyBase64 + "\n").utf8).write(to: folder.appendingPathComponent("trust-root.pub"))
    }

    /// Operations waiting in the outbox.
    func pending() throws -> Int { try registry.syncSnapshot().pending }
}
