import CentralService
import CentralStore
import Crypto
import FieldBundle
import Foundation
import KioskStore
import KioskSync
import Logging
import ProvincialTrust
import SyncProtocol

/// Issue 13's bench: 10,000 operations by USB stick — the kiosk's export (`FieldBundleKiosk.export`: read the
/// outbox, seal, sign, atomic write), the central's import (`FieldBundleImport`: verify, open, the push rules, one
/// ingest on a fresh SQLite store) and the receipt back at the kiosk — beside pushing the same 10,000 over the
/// network (signed, to a release central on loopback). One run each.
enum FieldBundleBench {
    struct Result {
        let operations: Int
        let bytes: Int
        let exportSeconds: Double
        let importSeconds: Double
        let receiptSeconds: Double
        let networkSeconds: Double?

        var stickSeconds: Double { exportSeconds + importSeconds + receiptSeconds }
    }

    static func run(kioskFile: URL, kioskID: String, folder: URL) async throws -> Result {
        let id = RegistryDatabase.canonicalKioskID(kioskID)
        let registry = try BenchKiosks.open(copyOf: kioskFile, at: folder.appendingPathComponent("field-kiosk.sqlite"))
        defer { try? registry.close() }
        let pending = try registry.syncSnapshot().pending
        let keyFolder = folder.appendingPathComponent("field-keys", isDirectory: true)
        guard let device = try DeviceKeys.load(folder: keyFolder, create: true) else { throw StoreBenchError(description: "no bench device key") }
        let centralKeys = try FieldBundleCentralKeys.create(at: folder.appendingPathComponent("field-bundle-key.json"))
        // A root-signed trust bundle that lists the central's keys, held by the kiosk (not timed).
        let root = ProvincialRootKey.make()
        let content = TrustBundleContent(version: 1, issuedAt: Date(), expiresAt: Date().addingTimeInterval(86_400 * 30), fieldBundles: centralKeys.published)
        let signed = try SignedTrustBundle.sign(content: try content.encoded(), with: root).fileData()
        try await registry.storeTrustBundle(version: 1, file: signed, issuerKeys: [], at: Date())
        var quiet = Logger(label: "bench")
        quiet.logLevel = .warning // the store's "opened" line would land in the middle of the table
        let storage = try await CentralStorageOpener.open(url: "sqlite:" + folder.appendingPathComponent("field-central.sqlite").path, logger: quiet)
        let enrolment = try await storage.requestEnrolment(EnrolmentRequest(
            kioskID: id, devicePublicKey: device.device.publicKey.rawRepresentation.base64EncodedString(),
            issuerPublicKey: device.issuer.publicKey.rawRepresentation.base64EncodedString(), centre: "Bench", districts: []), at: Date())
        guard case .pending(let record) = enrolment else { throw StoreBenchError(description: "enrolment: \(enrolment)") }
        _ = try await storage.approveDevice(kioskID: id, code: record.code, centre: nil, districts: nil, at: Date())

        let stick = folder.appendingPathComponent("stick", isDirectory: true)
        try FileManager.default.createDirectory(at: stick, withIntermediateDirectories: true)
        let kiosk = FieldBundleKiosk(registry: registry, kioskID: id, deviceKey: device.device, folder: keyFolder, pinnedRoot: root.publicKey, districts: [])
        var start = Stopwatch.now()
        let exported = try await kiosk.export(to: stick)
        let exportSeconds = Double(Stopwatch.now() - start) / 1e9

        start = Stopwatch.now()
        let data = try FieldBundleWriter.read(exported.file)
        let imported = try await FieldBundleImport(storage: storage, keys: centralKeys, fees: nil).run(data)
        let receiptFile = try FieldBundleWriter.write(imported.receipt, to: stick, name: "receipt.kfb")
        let importSeconds = Double(Stopwatch.now() - start) / 1e9
        await storage.close()
        guard imported.count(.accepted) == pending else { throw StoreBenchError(description: "only \(imported.count(.accepted)) of \(pending) accepted") }

        start = Stopwatch.now()
        _ = try await kiosk.importBundle(at: receiptFile)
        let receiptSeconds = Double(Stopwatch.now() - start) / 1e9
        guard try registry.syncSnapshot().pending == 0 else { throw StoreBenchError(description: "the receipt left operations pending") }

        let network = try? await PushThroughputBench.run(
            kioskFile: kioskFile, kioskID: kioskID, databaseURL: "sqlite:" + folder.appendingPathComponent("push-central.sqlite").path, folder: folder, security: BenchSecurity(signed: true, tls: nil))
        return Result(
            operations: pending, bytes: exported.bytes, exportSeconds: exportSeconds, importSeconds: importSeconds, receiptSeconds: receiptSeconds,
            networkSeconds: network?.seconds)
    }

    static func describe(_ result: Result) -> [String] {
        let perOperation = Double(result.bytes) / Double(max(1, result.operations))
        var lines = [
            String(format: "export %.2f s, import at the central %.2f s, receipt at the kiosk %.2f s; ", result.exportSeconds, result.importSeconds, result.receiptSeconds)
                + "\(result.bytes.formatted()) bytes (" + String(format: "%.0f", perOperation) + " bytes per operation)",
        ]
        if let network = result.networkSeconds {
            lines.append(String(format: "    by network (signed push, SQLite central, loopback): %.2f s; stick / network = %.2f", network, result.stickSeconds / max(network, 1e-9)))
        } else {
            lines.append("    by network: failed (see the push throughput row)")
        }
        return lines
    }
}
