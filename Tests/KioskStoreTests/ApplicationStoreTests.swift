import Crypto
import Foundation
import GRDB
import IdentityCore
import KioskStore
import Services
import TestScheduling
import Testing

/// Submitting applications: one transaction with the outbox row, per-kiosk sequences, refusals
/// that write nothing, injected failures, reopening, queries.
@Suite("Applications and outbox", .cpuBound)
struct ApplicationStoreTests {
    let irfan = try! CNIC("17301-1234567-1")
    let ayesha = try! CNIC("16101-7654321-2")
    let noon = Date(timeIntervalSince1970: 1_777_000_000)

    @Test func submitWritesApplicationAndOutboxTogether() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 50)
        let submitter = ApplicationSubmitter(registry: registry, kioskID: "KPPSH001")
        let receipt = try submitter.submit(ApplicationFixtures.draft(speed: "urgent"), service: ApplicationFixtures.service(), now: noon)
        #expect(receipt.status == .savedOnKiosk)
        #expect(receipt.fee == ApplicationFixtures.service().fee(for: ["speed": "urgent"]))
        #expect(receipt.serviceTitle.en == "Test certificate" && receipt.cnic == irfan)
        #expect(PaymentReference.isValid(receipt.paymentReference))
        #expect(UUIDv7.milliseconds(of: UUID(uuidString: receipt.id)!) != nil)
        #expect(try registry.applicationCount() == 1)
        #expect(try registry.pendingOutboxCount() == 1)
        #expect(try registry.oldestPendingOutboxDate() == noon)

        let outbox = try ApplicationFixtures.rows("SELECT kind, entity_id, payload, payload_sha256, sequence, sent_at, acknowledged_at, op_id FROM outbox", on: registry.url)
        #expect(outbox.count == 1)
        let row = outbox[0]
        #expect(row["kind"] == "application.submitted")
        #expect(row["entity_id"] == receipt.id)
        #expect((row["sequence"] as Int64) == 1)
        #expect((row["sent_at"] as Double?) == nil && (row["acknowledged_at"] as Double?) == nil)
        #expect((row["op_id"] as String) != receipt.id)
        let payload: String = row["payload"]
        #expect(Self.sha256Hex(Data(payload.utf8)) == row["payload_sha256"], "the stored hash is the payload's")
        let object = try JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any]
        #expect(object?["id"] as? String == receipt.id)
        #expect(object?["tracking"] as? String == receipt.tracking)
        #expect(object?["cnic"] as? String == irfan.digits)
        #expect(object?["fee"] as? Int == receipt.fee)
        #expect(object?["serviceVersion"] as? Int == 1)
        #expect((object?["answers"] as? [String: String])?["purpose"] == "Admission")
        #expect(object?["submittedAt"] as? String == "2026-04-24T03:06:40.000Z")
    }

    @Test func sequencesAreContiguousPerKioskAndIndependentAcrossKiosks() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 50)
        let service = ApplicationFixtures.service()
        var trackings: Set<String> = []
        for index in 0..<30 {
            let kiosk = index.isMultiple(of: 3) ? "KPMRD002" : "KPPSH001"
            let receipt = try ApplicationSubmitter(registry: registry, kioskID: kiosk)
                .submit(ApplicationFixtures.draft(index.isMultiple(of: 2) ? irfan : ayesha), service: service, now: noon.addingTimeInterval(Double(index)))
            #expect(receipt.tracking == TrackingNumber.make(kioskID: kiosk, sequence: kiosk == "KPMRD002" ? index / 3 + 1 : index - index / 3))
            #expect(TrackingNumber.isValid(receipt.tracking))
            trackings.insert(receipt.tracking)
        }
        #expect(trackings.count == 30, "tracking numbers are unique")
        for (kiosk, count) in [("KPMRD002", 10), ("KPPSH001", 20)] {
            for table in ["application", "outbox"] {
                let sequences = try ApplicationFixtures.rows("SELECT sequence FROM \(table) WHERE kiosk_id = '\(kiosk)' ORDER BY sequence", on: registry.url)
                    .map { $0[0] as Int64 }
                #expect(sequences == Array(1...Int64(count)), "\(table) of \(kiosk) is numbered 1…\(count) with no gap")
            }
        }
        let pairs = try ApplicationFixtures.rows("SELECT count(*) FROM application a JOIN outbox o ON o.entity_id = a.id AND o.sequence = a.sequence AND o.kiosk_id = a.kiosk_id", on: registry.url)
        #expect(pairs[0][0] as Int == 30, "every application has its outbox row with the same kiosk and sequence")
    }

    @Test func versionMismatchIsRefusedAndNothingWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 10)
        let submitter = ApplicationSubmitter(registry: registry, kioskID: "KPPSH001")
        let current = ApplicationFixtures.service(version: 2)
        #expect(throws: ApplicationError.serviceVersionChanged(serviceID: "test-certificate", draftVersion: 1, currentVersion: 2)) {
            try submitter.submit(ApplicationFixtures.draft(version: 1), service: current, now: noon)
        }
        #expect(throws: ApplicationError.serviceVersionChanged(serviceID: "test-certificate", draftVersion: 1, currentVersion: 2)) {
            try registry.submitApplication(ApplicationFixtures.draft(version: 1), service: current, kioskID: "KPPSH001", now: noon)
        }
        let counts = try ApplicationFixtures.counts(registry.url)
        #expect(counts.applications == 0 && counts.outbox == 0 && counts.sequences == 0)
        let message = ApplicationError.serviceVersionChanged(serviceID: "test-certificate", draftVersion: 1, currentVersion: 2).description
        #expect(message.contains("start the form again") && message.contains("nothing was submitted"))
    }

    @Test func unknownCitizenIsRefusedAndNothingWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 10)
        let stranger = try CNIC("17301-0000001-1")
        #expect(throws: ApplicationError.unknownCitizen(cnic: stranger.masked)) {
            try ApplicationSubmitter(registry: registry, kioskID: "KPPSH001").submit(ApplicationFixtures.draft(stranger), service: ApplicationFixtures.service(), now: noon)
        }
        #expect(throws: ApplicationError.unknownCitizen(cnic: stranger.masked)) {
            try registry.submitApplication(ApplicationFixtures.draft(stranger), service: ApplicationFixtures.service(), kioskID: "KPPSH001", now: noon)
        }
        let counts = try ApplicationFixtures.counts(registry.url)
        #expect(counts.applications == 0 && counts.outbox == 0 && counts.sequences == 0)
        #expect(!ApplicationError.unknownCitizen(cnic: stranger.masked).description.contains("0000001"), "no full CNIC in the message")
    }

    @Test func invalidAnswersAndBadKioskIDsAreRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 10)
        var draft = ApplicationFixtures.draft()
        draft.answers["purpose"] = ""
        do {
            _ = try ApplicationSubmitter(registry: registry, kioskID: "KPPSH001").submit(draft, service: ApplicationFixtures.service(), now: noon)
            Issue.record("an empty required answer was accepted")
        } catch {
            guard case .invalidAnswers(let problems) = error else { Issue.record("wrong refusal \(error)"); return }
            #expect(problems.map(\.field).contains("purpose"))
        }
        #expect(throws: ApplicationError.invalidKioskID("bad kiosk")) {
            try ApplicationSubmitter(registry: registry, kioskID: "bad kiosk").submit(ApplicationFixtures.draft(), service: ApplicationFixtures.service(), now: noon)
        }
        let counts = try ApplicationFixtures.counts(registry.url)
        #expect(counts.applications == 0 && counts.outbox == 0 && counts.sequences == 0)
    }

    @Test func failureInTheMiddleOfTheTransactionLeavesNoHalfWrittenRows() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 10)
        let submitter = ApplicationSubmitter(registry: registry, kioskID: "KPPSH001")
        _ = try submitter.submit(ApplicationFixtures.draft(), service: ApplicationFixtures.service(), now: noon)
        // The outbox insert — the last statement, after the sequence and the application row — fails.
        try ApplicationFixtures.execute(
            "CREATE TRIGGER injected_failure BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'injected failure'); END", on: registry.url
        )
        do {
            _ = try submitter.submit(ApplicationFixtures.draft(ayesha), service: ApplicationFixtures.service(), now: noon.addingTimeInterval(60))
            Issue.record("the injected failure did not surface")
        } catch {
            guard case .storage(let storage) = error else { Issue.record("wrong error \(error)"); return }
            #expect(storage.description.contains("injected failure"))
        }
        let counts = try ApplicationFixtures.counts(registry.url)
        #expect(counts.applications == 1 && counts.outbox == 1)
        #expect(try ApplicationFixtures.rows("SELECT last FROM kiosk_sequence", on: registry.url).first?[0] as Int64? == 1, "the sequence was not used")
        #expect(try registry.applications(for: ayesha, catalog: ApplicationFixtures.catalog).isEmpty)

        try ApplicationFixtures.execute("DROP TRIGGER injected_failure", on: registry.url)
        let next = try submitter.submit(ApplicationFixtures.draft(ayesha), service: ApplicationFixtures.service(), now: noon.addingTimeInterval(60))
        #expect(next.tracking == TrackingNumber.make(kioskID: "KPPSH001", sequence: 2), "the next submit takes the number the failed one did not")
    }

    @Test func aBatchIsAllOrNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 10)
        let service = ApplicationFixtures.service()
        let drafts = [ApplicationFixtures.draft(), ApplicationFixtures.draft(ayesha), ApplicationFixtures.draft(try CNIC("17301-0000001-1"))]
        #expect(throws: ApplicationError.self) {
            try registry.submitApplications(drafts, service: { _ in service }, kioskID: "KPPSH001", now: noon)
        }
        let counts = try ApplicationFixtures.counts(registry.url)
        #expect(counts.applications == 0 && counts.outbox == 0 && counts.sequences == 0)
        let receipts = try registry.submitApplications(Array(drafts.prefix(2)), service: { _ in service }, kioskID: "KPPSH001", now: noon)
        #expect(try receipts.count == 2 && registry.pendingOutboxCount() == 2)
    }

    @Test func reopeningShowsEverythingAndListsAreNewestFirst() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var registry = try Fixtures.seededRegistry(in: folder, count: 10)
        let submitter = ApplicationSubmitter(registry: registry, kioskID: "KPPSH001")
        var made: [ApplicationReceipt] = []
        for index in 0..<6 {
            made.append(try submitter.submit(ApplicationFixtures.draft(index < 4 ? irfan : ayesha), service: ApplicationFixtures.service(), now: noon.addingTimeInterval(Double(index) * 3600)))
        }
        try registry.close()
        registry = try RegistryDatabase(url: folder.file("registry.sqlite"))
        defer { try? registry.close() }
        let catalog = ApplicationFixtures.catalog
        #expect(try registry.applicationCount() == 6 && registry.pendingOutboxCount() == 6)
        #expect(try registry.oldestPendingOutboxDate() == noon)
        #expect(try registry.applications(for: irfan, catalog: catalog) == Array(made.prefix(4).reversed()))
        #expect(try registry.allApplications(catalog: catalog) == made.reversed())
        #expect(try registry.allApplications(limit: 2, catalog: catalog).map(\.tracking) == [made[5].tracking, made[4].tracking])
        #expect(try registry.application(tracking: made[2].tracking, catalog: catalog) == made[2])
        #expect(try registry.application(tracking: "KPPSH001-999999-X", catalog: catalog) == nil)

        #expect(try registry.setStatus(tracking: made[2].tracking, to: .approved, at: noon.addingTimeInterval(86_400)))
        #expect(try registry.setStatus(tracking: "nope", to: .approved, at: noon) == false)
        #expect(try registry.application(tracking: made[2].tracking, catalog: catalog)?.status == .approved)

        let gone = try registry.applications(for: irfan, catalog: ServiceCatalog(services: []))
        #expect(gone.first?.serviceTitle.en == "test-certificate", "a service no longer offered shows its id")
        #expect(gone.first?.documents.isEmpty == true)
    }

    @Test func olderRegistriesGainTheNewTablesOnOpen() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 10)
        try registry.close()
        let migrations = try ApplicationFixtures.rows("SELECT identifier FROM grdb_migrations ORDER BY rowid", on: folder.file("registry.sqlite")).map { $0[0] as String }
        #expect(migrations == ["v1", "v2-applications", "v3-sync", "v4-mobile-normal-form", "v5-trust-bundle", "operators-v1", "audit-v1"])
    }

    private static func sha256Hex(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
