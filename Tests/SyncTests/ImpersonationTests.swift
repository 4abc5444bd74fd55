import Foundation
import IdentityCore
import KioskStore
import KioskSync
import Services
import SyncProtocol
import TestScheduling
import Testing

/// An enrolled kiosk that lies: it speaks for another kiosk, squats its tracking numbers, changes a fee,
/// or pulls districts it is not enrolled for. Real processes on loopback, SQLite and PostgreSQL.
@Suite("Enrolled kiosks cannot speak for others", .serialized, .offCooperativePool)
struct ImpersonationTests {
    @Test(arguments: StorageBackend.allCases)
    func anotherKiosksIdOrTrackingNumbersAreRefusedAndTheGenuineKioskArrivesOnce(_ backend: StorageBackend) async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: root), folder: root)
        defer { central.stop() }
        let victim = try SimulatedKiosk.make("KP-PSH-001", applications: 20, in: root)
        let attacker = try SimulatedKiosk.make("KP-MRD-002", applications: 20, in: root, seed: 9)
        try await TestEnrolment.ensure(attacker, at: central.url)
        let own = try await attacker.registry.operationsToSend(limit: 20)
        let transport = try attacker.transport(central.url)

        // 1. A batch that names the victim: refused whole (403).
        let asVictim = try own.map { operation in
            try Forgery.rewrite(operation, kioskID: victim.canonicalID) { submission in
                submission.kioskID = victim.canonicalID
                submission.tracking = TrackingNumber.make(kioskID: victim.canonicalID, sequence: Int(submission.sequence))
            }
        }
        do {
            _ = try await transport.push(PushRequest(kioskID: victim.canonicalID, sentAt: .zero, operations: asVictim))
            Issue.record("a push for another kiosk was accepted")
        } catch {
            #expect(error == .refused(status: 403, message: "this request is signed by kiosk KPMRD002 but speaks for another kiosk"), "\(error)")
        }
        // 2. Its own batch, but operations carrying the victim's id: each rejected.
        let mixed = try await transport.push(PushRequest(kioskID: attacker.canonicalID, sentAt: .zero, operations: asVictim))
        #expect(mixed.acknowledgements.allSatisfy { $0.outcome == .rejected })
        // 3. Its own id and sequences, the victim's tracking numbers (squatting them): rejected.
        let squat = try own.map { operation in
            try Forgery.rewrite(operation) { $0.tracking = TrackingNumber.make(kioskID: victim.canonicalID, sequence: Int($0.sequence)) }
        }
        let squatted = try await transport.push(PushRequest(kioskID: attacker.canonicalID, sentAt: .zero, operations: squat))
        #expect(squatted.acknowledgements.allSatisfy { $0.outcome == .rejected && $0.reason?.contains("tracking number") == true }, "\(squatted.acknowledgements.first!)")
        await transport.shutdown()

        // The genuine kiosk: all 20 accepted, none a conflict, and once only.
        let round = await victim.syncOnce(central.url)
        #expect(round.completed && round.acknowledgements.accepted == 20 && round.acknowledgements.conflicts == 0, "\(round)")
        let again = await victim.syncOnce(central.url)
        #expect(again.completed && again.acknowledgements.accepted == 0)
        let inspector = try await CentralInspector.open(central.databaseURL)
        #expect(try await inspector.storage.convergence(kioskID: victim.canonicalID).operations == 20)
        #expect(try await inspector.storage.convergence(kioskID: attacker.canonicalID).operations == 0)
        let applications = try await inspector.storage.applications(limit: 100)
        #expect(applications.count == 20 && applications.allSatisfy { $0.kioskID == victim.canonicalID })
        await inspector.close()
    }

    @Test(arguments: StorageBackend.allCases)
    func aFeeThatIsNotTheServicesFeeIsRefused(_ backend: StorageBackend) async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: root), folder: root)
        defer { central.stop() }
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 3, in: root)
        try await TestEnrolment.ensure(kiosk, at: central.url)
        var operations = try await kiosk.registry.operationsToSend(limit: 10)
        let genuineFee = try SyncWire.decoder().decode(ApplicationSubmission.self, from: Data(operations[1].payload.utf8)).fee
        operations[1] = try Forgery.rewrite(operations[1]) { $0.fee = genuineFee + 500 }
        operations[2] = try Forgery.rewrite(operations[2]) { $0.serviceID = "free-money" }
        let transport = try kiosk.transport(central.url)
        let answer = try await transport.push(PushRequest(kioskID: kiosk.canonicalID, sentAt: .zero, operations: operations))
        await transport.shutdown()
        #expect(answer.acknowledgements.map(\.outcome) == [.accepted, .rejected, .rejected])
        #expect(answer.acknowledgements[1].reason?.contains("is not service") == true, "\(answer.acknowledgements[1])")
        #expect(answer.acknowledgements[2].reason?.contains("not in the central's service catalog") == true)
        let inspector = try await CentralInspector.open(central.databaseURL)
        #expect(try await inspector.storage.operationCount() == 1)
        await inspector.close()
    }

    @Test(arguments: StorageBackend.allCases)
    func aPullGetsOnlyTheEnrolledDistrictsWhateverItAsks(_ backend: StorageBackend) async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: root), folder: root)
        defer { central.stop() }
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 0, in: root)
        try await TestEnrolment.enrol(kiosk, at: central.url, databaseURL: central.databaseURL, districts: [173])
        func record(_ cnic: String, district: Int) -> RegistryRecord {
            RegistryRecord(
                cnic: cnic, nameLatin: "Test Person", nameUrdu: "ٹیسٹ", guardianLatin: "Guardian", guardianUrdu: "سرپرست", guardianRelation: "s/o",
                gender: "male", birthDate: "1990-01-01", districtCode: district, tehsil: "Tehsil", address: "Street 1", mobile: "03001234567", version: 1
            )
        }
        let lines = try [record("1730199999991", district: 173), record("1610199999991", district: 161)]
            .map { String(decoding: try SyncWire.encoder().encode($0), as: UTF8.self) }.joined(separator: "\n") + "\n"
        let file = root.appendingPathComponent("records.jsonl")
        try lines.write(to: file, atomically: true, encoding: .utf8)
        #expect(try central.command(["registry", "import", file.path]).status == 0)

        // It asks for Peshawar and Mardan and every district there is: it gets Peshawar only.
        let transport = try kiosk.transport(central.url)
        let page = try await transport.pull(PullRequest(kioskID: kiosk.canonicalID, cursor: 0, districts: TestEnrolment.allDistricts, limit: 100))
        await transport.shutdown()
        let districts = page.changes.compactMap { change -> Int? in
            if case .citizen(_, let record) = change { record.districtCode } else { nil }
        }
        #expect(districts == [173], "\(page.changes)")
    }
}
