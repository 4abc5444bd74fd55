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

/// Field camps end to end, through real `khyber-kiosk` and `khyber-central` processes, real files on a "stick"
/// folder, SQLite and PostgreSQL centrals: the same operations by network and by stick, in either order, several
/// times → each stored once, the kiosk's outbox converges with the central.
@Suite("Field bundles end to end", .serialized, .offCooperativePool)
struct FieldBundleEndToEndTests {
    @Test(arguments: StorageBackend.allCases)
    func stickThenStickAgainThenNetworkStoresEachOperationOnce(_ backend: StorageBackend) async throws {
        let camp = try FieldCamp.start(backend)
        defer { camp.central.stop() }
        let kiosk = try await camp.kiosk("KPCAMP01", applications: 20)
        #expect(try kiosk.pending() == 20)

        // Export A (1–20) → central → receipt not yet back; 10 more; export B holds all 30 still unacknowledged.
        let a = try camp.export(kiosk)
        let first = try camp.importAtCentral(a)
        #expect(first.output.contains("20 accepted, 0 already there"), "\(first.output)")
        try kiosk.submit(10)
        let b = try camp.export(kiosk)
        let bManifest = try FieldBundleFile.parse(try Data(contentsOf: b)).manifest
        #expect(bManifest.operations == 30 && bManifest.exportSerial == 2 && bManifest.firstSequence == 1 && bManifest.lastSequence == 30)
        let second = try camp.importAtCentral(b)
        #expect(second.output.contains("10 accepted, 20 already there"), "\(second.output)")

        // B again: the same answers (duplicates); A again: older than B, refused by name, nothing changes.
        let again = try camp.importAtCentral(b)
        #expect(again.output.contains("imported before") && again.output.contains("0 accepted, 30 already there"), "\(again.output)")
        let old = try camp.centralCommand(["bundle", "import", a.path])
        #expect(old.status == 1 && old.stderr.contains("an old bundle") && old.stderr.contains("export no. 2"), "\(old.stderr)")

        // Receipt A acknowledges 20 on the kiosk exactly as a push would; receipt B the rest; twice changes nothing.
        let receiptA = try camp.kioskCommand(kiosk, ["bundle", "import", first.receipt.path])
        #expect(receiptA.status == 0 && receiptA.stdout.contains("20 accepted"), "\(receiptA.stdout) \(receiptA.stderr)")
        #expect(try kiosk.pending() == 10)
        let receiptB = try camp.kioskCommand(kiosk, ["bundle", "import", second.receipt.path, again.receipt.path])
        #expect(receiptB.status == 0, "\(receiptB.stderr)")
        #expect(try kiosk.pending() == 0)

        // Then the network: everything is already there, nothing is sent twice.
        let report = try await kiosk.trustingSync(camp.central.url, root: camp.cycle.root)
        #expect(report.completed && report.acknowledgements.stored == 0, "\(report)")
        try await expectConverged(kiosk, camp, operations: 30)
        // A third export holds nothing: everything is acknowledged.
        let empty = try camp.export(kiosk)
        #expect(try FieldBundleFile.parse(try Data(contentsOf: empty)).manifest.operations == 0)
    }

    @Test(arguments: StorageBackend.allCases)
    func networkFirstThenTheStickGetsTheOriginalReceipts(_ backend: StorageBackend) async throws {
        let camp = try FieldCamp.start(backend)
        defer { camp.central.stop() }
        let kiosk = try await camp.kiosk("KPCAMP02", applications: 12)
        let bundle = try camp.export(kiosk)
        // Half of them by network (the network pushes everything; six more made after the export stay for the stick).
        let report = try await kiosk.trustingSync(camp.central.url, root: camp.cycle.root)
        #expect(report.completed && report.acknowledgements.accepted == 12, "\(report)")
        try kiosk.submit(6)
        let later = try camp.export(kiosk)
        // The older stick arrives now: all duplicates with their original receipts; then the newer one: 6 new.
        let first = try camp.importAtCentral(bundle)
        #expect(first.output.contains("0 accepted, 12 already there"), "\(first.output)")
        let second = try camp.importAtCentral(later)
        #expect(second.output.contains("6 accepted, 0 already there"), "\(second.output)")
        let receipts = try camp.kioskCommand(kiosk, ["bundle", "import", first.receipt.path, second.receipt.path])
        #expect(receipts.status == 0, "\(receipts.stderr)")
        #expect(try kiosk.pending() == 0)
        try await expectConverged(kiosk, camp, operations: 18)
    }

    @Test(arguments: StorageBackend.allCases)
    func theDownwardStickCarriesStatusesAndTheTrustBundleFromTheConfirmedCursor(_ backend: StorageBackend) async throws {
        let camp = try FieldCamp.start(backend)
        defer { camp.central.stop() }
        let kiosk = try await camp.kiosk("KPCAMP03", applications: 4)
        // No operations bundle yet: the central has neither the reply key nor the cursor.
        let early = try camp.centralCommand(["bundle", "export", "--kiosk", kiosk.canonicalID, "--to", camp.stick.path])
        #expect(early.status != 0 && early.stderr.contains("no operations bundle"), "\(early.stderr)")
        let up = try camp.importAtCentral(try camp.export(kiosk))
        let tracking = try #require(try kiosk.registry.allApplications(limit: 1, catalog: .init(services: SimulatedKiosk.services)).first?.tracking)
        #expect(try camp.central.command(["applications", "advance", tracking, "--to", "in-review"]).status == 0)
        try camp.cycle.publishNext(draftArguments: ["--bundle-key", camp.keyFile.path])

        let down = try camp.centralCommand(["bundle", "export", "--kiosk", kiosk.canonicalID, "--to", camp.stick.path])
        #expect(down.status == 0 && down.stdout.contains("trust bundle version 2"), "\(down.stdout) \(down.stderr)")
        let changes = try #require(try FileManager.default.contentsOfDirectory(atPath: camp.stick.path).first { $0.contains("-changes-") })
        let file = camp.stick.appendingPathComponent(changes)
        // The stick without the kiosk's key says what it holds, and holds no CNIC in the clear.
        let check = try camp.kioskCommand(kiosk, ["bundle", "check", file.path])
        #expect(check.status == 0 && check.stdout.contains("whole") && check.stdout.contains("trust bundle: version 2"), "\(check.stdout)")

        let applied = try camp.kioskCommand(kiosk, ["bundle", "import", up.receipt.path, file.path])
        #expect(applied.status == 0 && applied.stdout.contains("1 statuses") && applied.stdout.contains("trust bundle version 2 stored"), "\(applied.stdout) \(applied.stderr)")
        #expect(try kiosk.registry.application(tracking: tracking, catalog: .init(services: SimulatedKiosk.services))?.status == .inReview)
        #expect(try kiosk.registry.heldTrustBundle()?.version == 2)
        // The same changes again: already held, refused, nothing changes.
        let twice = try camp.kioskCommand(kiosk, ["bundle", "import", file.path])
        #expect(twice.status == 1 && twice.stderr.contains("already holds"), "\(twice.stderr)")

        // Another kiosk's changes bundle is refused by name.
        let other = try await camp.kiosk("KPCAMP04", applications: 1)
        let foreign = try camp.kioskCommand(other, ["bundle", "import", file.path])
        #expect(foreign.status == 1 && foreign.stderr.contains("not for this kiosk"), "\(foreign.stderr)")
    }

    /// Count and digest at the central equal the kiosk's acknowledged operations; the central holds each once.
    func expectConverged(_ kiosk: SimulatedKiosk, _ camp: FieldCamp, operations: Int) async throws {
        let inspector = try await CentralInspector.open(camp.central.databaseURL)
        let central = try await inspector.storage.convergence(kioskID: kiosk.canonicalID)
        let total = try await inspector.storage.operationCount()
        await inspector.close()
        let local = try kiosk.registry.convergence(kioskID: kiosk.canonicalID)
        #expect(central.operations == operations && local.operations == operations && total == operations)
        #expect(central.digest == local.digest)
    }
}
