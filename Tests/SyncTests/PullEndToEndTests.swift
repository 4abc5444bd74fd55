import CentralStore
import ChildProcesses
import Foundation
import IdentityCore
import KioskStore
import SyncProtocol
import TestScheduling
import Testing

/// What flows back, end to end through real processes: the province's registry updates reach the kiosks
/// that carry those districts (and only those), and trust-list changes reach every kiosk.
@Suite("Registry and trust list flow back", .serialized, .offCooperativePool)
struct PullEndToEndTests {
    @Test(arguments: StorageBackend.allCases)
    func registryRecordsReachTheKiosksOfTheirDistrictAndTrustReachesAll(_ backend: StorageBackend) async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: root), folder: root)
        defer { central.stop() }
        let peshawar = try SimulatedKiosk.make("KP-PSH-001", applications: 1, in: root)
        let mardan = try SimulatedKiosk.make("KP-MRD-002", applications: 1, in: root)

        // The back office imports a new citizen of Peshawar (173) and revokes a pass; adds a signer.
        let record = RegistryRecord(
            cnic: "1730199999991", nameLatin: "Gulalai Yousafzai", nameUrdu: "گلالئی یوسفزئی", guardianLatin: "Sher Ali",
            guardianUrdu: "شیر علی", guardianRelation: "d/o", gender: "female", birthDate: "2001-02-03", districtCode: 173,
            tehsil: "Peshawar City", address: "House 3, Gulbahar", mobile: "03009999999", version: 1
        )
        let lines = root.appendingPathComponent("records.jsonl")
        try (String(decoding: try SyncWire.encoder().encode(record), as: UTF8.self) + "\n").write(to: lines, atomically: true, encoding: .utf8)
        let imported = try central.command(["registry", "import", lines.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        // Signers now travel only in the signed trust bundle (TrustBundleEndToEndTests); the legacy change log
        // still carries serial revocations to kiosks without a pinned root.
        let inspector = try await CentralInspector.open(central.databaseURL)
        try await inspector.storage.revokePass(serial: 77, at: Date())
        await inspector.close()

        let (peshawarEngine, peshawarTransport) = try await peshawar.engine(central.url, districts: [173])
        let atPeshawar = await peshawarEngine.syncOnce()
        await peshawarTransport.shutdown()
        let (mardanEngine, mardanTransport) = try await mardan.engine(central.url, districts: [161])
        let atMardan = await mardanEngine.syncOnce()
        await mardanTransport.shutdown()

        #expect(atPeshawar.completed && atPeshawar.pulled.citizens == 1 && atPeshawar.pulled.trust == 1, "\(atPeshawar)")
        #expect(atMardan.completed && atMardan.pulled.citizens == 0 && atMardan.pulled.trust == 1, "\(atMardan)")
        let gulalai = try CNIC("17301-9999999-1")
        #expect(try peshawar.registry.citizen(gulalai)?.nameLatin == "Gulalai Yousafzai")
        #expect(try peshawar.registry.search("Gulalai").contains { $0.cnic == gulalai }, "searchable by name at once")
        #expect(try mardan.registry.citizen(gulalai) == nil, "another district's kiosk does not carry her")
        for kiosk in [peshawar, mardan] {
            let trust = try kiosk.registry.syncedTrust()
            #expect(trust.signers.isEmpty && trust.revokedSerials == [77])
        }
        // A second round brings nothing twice.
        let (again, transport) = try await peshawar.engine(central.url, districts: [173])
        let second = await again.syncOnce()
        await transport.shutdown()
        #expect(second.completed && second.pulled.total == 0)
    }
}
