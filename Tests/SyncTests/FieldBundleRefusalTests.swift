import CentralStore
import ChildProcesses
import Crypto
import FieldBundle
import Foundation
import KioskStore
import KioskSync
import ProvincialTrust
import SyncProtocol
import TestScheduling
import Testing

/// Hostile and damaged sticks, through the real commands: each bad file refused with its plain reason, nothing of
/// it stored, and the good file of the same multi-file import still goes in.
@Suite("Field bundles refused", .serialized, .offCooperativePool)
struct FieldBundleRefusalTests {
    @Test(arguments: StorageBackend.allCases)
    func everyBadFileIsRefusedByNameAndTheGoodOneStillGoesIn(_ backend: StorageBackend) async throws {
        let camp = try FieldCamp.start(backend)
        defer { camp.central.stop() }
        let kiosk = try await camp.kiosk("KPCAMP11", applications: 8)
        let good = try camp.export(kiosk)
        let bytes = try Data(contentsOf: good)
        let bad = camp.folder.appendingPathComponent("bad")
        try FileManager.default.createDirectory(at: bad, withIntermediateDirectories: true)
        func write(_ name: String, _ data: Data) throws -> String {
            let url = bad.appendingPathComponent(name)
            try data.write(to: url)
            return url.path
        }
        var flipped = bytes
        flipped[bytes.count / 2] ^= 0x40
        let tampered = try write("tampered.kfb", flipped)
        let truncated = try write("truncated.kfb", bytes.dropLast(100))
        let garbage = try write("corrupted.kfb", Data("KHYBERFB".utf8) + Data([1, 1, 0, 0, 0, 9]) + Data(repeating: 0x7b, count: 200))
        let empty = try write("empty.kfb", Data())

        // Sealed to another central's key, signed by the genuine device key.
        let operations = try await kiosk.registry.operationsToSend(limit: 100)
        let export = FieldOperationsBundle.Export(
            kioskID: kiosk.canonicalID, serial: 99, pullScope: "districts:", pullCursor: 0,
            replyKey: Curve25519.KeyAgreement.PrivateKey().publicKey, sentAt: HLCTimestamp(wallMillis: Int64(Date().timeIntervalSince1970 * 1000), counter: 0), now: Date())
        let wrongCentral = try write("wrong-central.kfb", try FieldOperationsBundle.make(
            operations, export: export, central: Curve25519.KeyAgreement.PrivateKey().publicKey, device: kiosk.keys.device))
        // The enrolled kiosk's id, the right central, another device's key.
        let central = try camp.centralKeys()
        let impersonated = try write("impersonated.kfb", try FieldOperationsBundle.make(
            operations, export: export, central: central.encryption.publicKey, device: Curve25519.Signing.PrivateKey()))
        // A kiosk this central never enrolled, holding the province's trust bundle all the same.
        let stranger = try SimulatedKiosk.make("KPSTRANGE1", applications: 3, in: camp.folder)
        try stranger.cycleRoot(camp.cycle.root)
        let held = try #require(try kiosk.registry.heldTrustBundle())
        try await stranger.registry.storeTrustBundle(version: held.version, file: held.file, issuerKeys: [], at: Date())
        let foreign = try camp.export(stranger, to: bad)

        let before = try await operationCount(camp)
        let result = try camp.centralCommand(["bundle", "import", tampered, good.path, truncated, garbage, empty, wrongCentral, impersonated, foreign.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("8 accepted"), "\(result.stdout)")
        let refusals = result.stderr.split(separator: "\n")
        #expect(refusals.count == 7, "\(result.stderr)")
        func reason(_ path: String) -> String { refusals.first { $0.hasPrefix(path) }.map(String.init) ?? "" }
        #expect(reason(tampered).contains("bad signature"), "\(reason(tampered))")
        #expect(reason(truncated).contains("truncated"), "\(reason(truncated))")
        #expect(reason(garbage).contains("corrupted"), "\(reason(garbage))")
        #expect(reason(empty).contains("empty"), "\(reason(empty))")
        #expect(reason(wrongCentral).contains("encrypted for someone else"), "\(reason(wrongCentral))")
        #expect(reason(impersonated).contains("bad signature") && reason(impersonated).contains("KPCAMP11"), "\(reason(impersonated))")
        #expect(reason(foreign.path).contains("not enrolled"), "\(reason(foreign.path))")
        #expect(try await operationCount(camp) == before + 8, "only the good file's operations are stored")
        // No receipt for a refused file.
        #expect(try FileManager.default.contentsOfDirectory(atPath: bad.path).allSatisfy { !$0.contains("-receipt-") })

        // `bundle check` tells the camp the same before the stick travels, without any private key.
        let checked = try camp.kioskCommand(kiosk, ["bundle", "check", good.path, truncated, tampered])
        #expect(checked.status == 1)
        #expect(checked.stdout.contains("export no. 1: 8 operations, sequences 1–8") && checked.stdout.contains("whole"), "\(checked.stdout)")
        #expect(checked.stdout.contains("NOT USABLE: truncated") && checked.stdout.contains("NOT USABLE: bad signature"), "\(checked.stdout)")
        let tracking = try #require(try kiosk.registry.allApplications(limit: 1, catalog: .init(services: SimulatedKiosk.services)).first?.tracking)
        #expect(bytes.range(of: Data(tracking.utf8)) == nil, "the bundle carries no tracking number in the clear")

        // A receipt changed on the way, or signed by someone else, acknowledges nothing.
        let receipt = good.deletingLastPathComponent().appendingPathComponent("KPCAMP11-receipt-000001.kfb")
        var changed = try Data(contentsOf: receipt)
        changed[changed.count - 80] ^= 0x01
        let changedReceipt = try write("receipt-changed.kfb", changed)
        let receiptManifest = try FieldBundleFile.parse(try Data(contentsOf: receipt)).manifest
        let forgedReceipt = try write("receipt-forged.kfb", try FieldReceiptBundle.make(
            PushResponse(centralClock: .zero, acknowledgements: [], gaps: [], highestSequence: 0), answering: receiptManifest,
            signer: Curve25519.Signing.PrivateKey(), now: Date()))
        let refused = try camp.kioskCommand(kiosk, ["bundle", "import", changedReceipt, forgedReceipt])
        #expect(refused.status == 1 && refused.stderr.split(separator: "\n").filter { $0.contains("bad signature") }.count == 2, "\(refused.stderr)")
        #expect(try kiosk.pending() == 8)
        let taken = try camp.kioskCommand(kiosk, ["bundle", "import", receipt.path])
        #expect(taken.status == 0 && taken.stdout.contains("8 accepted"), "\(taken.stdout) \(taken.stderr)")
        #expect(try kiosk.pending() == 0)
    }

    @Test func aRevokedKioskAndAnOperationsBundleAtAKioskAreRefused() async throws {
        let camp = try FieldCamp.start(.sqlite)
        defer { camp.central.stop() }
        let kiosk = try await camp.kiosk("KPCAMP12", applications: 2)
        let bundle = try camp.export(kiosk)
        let atKiosk = try camp.kioskCommand(kiosk, ["bundle", "import", bundle.path])
        #expect(atKiosk.status == 1 && atKiosk.stderr.contains("goes to the central"), "\(atKiosk.stderr)")
        #expect(try camp.central.command(["devices", "revoke", kiosk.canonicalID]).status == 0)
        let revoked = try camp.centralCommand(["bundle", "import", bundle.path])
        #expect(revoked.status == 1 && revoked.stderr.contains("revoked"), "\(revoked.stderr)")
        #expect(try await operationCount(camp) == 0)
    }

    func operationCount(_ camp: FieldCamp) async throws -> Int {
        let inspector = try await CentralInspector.open(camp.central.databaseURL)
        let count = try await inspector.storage.operationCount()
        await inspector.close()
        return count
    }
}
