import ChildProcesses
import Foundation
import IdentityCore
import KioskStore
import SyncProtocol
import TestScheduling
import Testing

/// A citizen the province imports with the central's spelling of the number (`03115570085`) is found
/// on the kiosk after a real sync by `khyber-kiosk lookup --mobile`, written either way.
@Suite("Mobile numbers after a registry sync", .serialized, .offCooperativePool)
struct MobileAfterSyncTests {
    private let environment = ["KHYBER_ASSETS": TestPaths.repository.appendingPathComponent("Assets").path]

    @Test func aPulledCitizenIsFoundByMobileInEitherSpelling() async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try StorageBackend.sqlite.freshDatabaseURL(in: root), folder: root)
        defer { central.stop() }
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 0, in: root)
        let record = RegistryRecord(
            cnic: "1730188888881", nameLatin: "Palwasha Khan", nameUrdu: "پلوشہ خان", guardianLatin: "Akbar Khan",
            guardianUrdu: "اکبر خان", guardianRelation: "d/o", gender: "female", birthDate: "1998-07-08", districtCode: 173,
            tehsil: "Peshawar City", address: "House 8, Hayatabad", mobile: "03115570085", version: 1
        )
        let lines = root.appendingPathComponent("records.jsonl")
        try (String(decoding: try SyncWire.encoder().encode(record), as: UTF8.self) + "\n").write(to: lines, atomically: true, encoding: .utf8)
        let imported = try central.command(["registry", "import", lines.path])
        #expect(imported.status == 0, "\(imported.stderr)")

        let (engine, transport) = try await kiosk.engine(central.url, districts: [173])
        let round = await engine.syncOnce()
        await transport.shutdown()
        #expect(round.completed && round.pulled.citizens == 1, "\(round)")
        try kiosk.registry.close()

        for spelling in ["0311-5570085", "03115570085"] {
            let found = try ChildProcess.run(
                try TestPaths.binary("khyber-kiosk"), ["lookup", "--mobile", spelling, "--data", kiosk.folder.path],
                environment: environment, outputFolder: root
            )
            #expect(found.status == 0, "lookup --mobile \(spelling): \(found.stderr)")
            #expect(found.stdout.contains("Palwasha Khan") && found.stdout.contains("mobile 0311-5570085"), "\(found.stdout)")
            #expect(!found.stdout.contains("1730188888881"), "the CNIC is shown masked")
        }
    }
}
