import Foundation
import GRDB
import IdentityCore
import KioskStore
import KioskSync
import Services
import SyncProtocol
import TestScheduling
import Testing

/// The kiosk's side of sync in the store: what is sent, acknowledgements and pulled pages each in one
/// transaction, the clock, the cursor guard, the synced trust list.
@Suite("Sync in the kiosk's store", .cpuBound)
struct SyncStoreTests {
    let irfan = try! CNIC("17301-1234567-1")
    let noon = Date(timeIntervalSince1970: 1_777_000_000)

    private func registryWithApplications(_ count: Int, in folder: TemporaryFolder) throws -> (RegistryDatabase, [ApplicationReceipt]) {
        let registry = try Fixtures.seededRegistry(in: folder, count: 20)
        let submitter = ApplicationSubmitter(registry: registry, kioskID: "KP-PSH-001")
        let receipts = try (0..<count).map { index in
            try submitter.submit(ApplicationFixtures.draft(), service: ApplicationFixtures.service(), now: noon.addingTimeInterval(Double(index)))
        }
        return (registry, receipts)
    }

    private func ack(_ operation: PushOperation, _ outcome: AcknowledgementOutcome, receivedAt: Int64 = 1_777_000_100_000, reason: String? = nil) -> OperationAcknowledgement {
        OperationAcknowledgement(opID: operation.opID, sequence: operation.sequence, outcome: outcome, receivedAtMillis: receivedAt, reason: reason)
    }

    @Test func operationsToSendComeInSequenceOrderWithTheirStoredPayloadAndClock() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (registry, receipts) = try registryWithApplications(5, in: folder)
        let operations = try await registry.operationsToSend(limit: 3)
        #expect(operations.map(\.sequence) == [1, 2, 3])
        #expect(operations.allSatisfy { $0.kioskID == "KPPSH001" && $0.kind == OperationKind.applicationSubmitted.rawValue })
        #expect(operations.map(\.entityID) == receipts.prefix(3).map(\.id))
        for operation in operations { #expect(PayloadHash.sha256(operation.payload) == operation.payloadSHA256) }
        // Clock readings are strictly increasing and carry the submit time.
        #expect(operations[0].hlc < operations[1].hlc && operations[1].hlc < operations[2].hlc)
        #expect(operations[0].hlc.wallMillis == Int64(noon.timeIntervalSince1970 * 1000))
        let submission = try JSONDecoder().decode(ApplicationSubmission.self, from: Data(operations[0].payload.utf8))
        #expect(submission.tracking == receipts[0].tracking && submission.cnic == irfan.digits)
    }

    @Test func theClockNeverRunsBackEvenWhenTheWallClockDoes() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 20)
        let submitter = ApplicationSubmitter(registry: registry, kioskID: "KPPSH001")
        _ = try submitter.submit(ApplicationFixtures.draft(), service: ApplicationFixtures.service(), now: noon)
        _ = try submitter.submit(ApplicationFixtures.draft(), service: ApplicationFixtures.service(), now: noon.addingTimeInterval(-3600))
        let reading = try await registry.clockReading(at: noon.addingTimeInterval(-7200))
        let operations = try await registry.operationsToSend(limit: 10)
        #expect(operations[0].hlc < operations[1].hlc)
        #expect(operations[1].hlc < reading)
    }

    @Test func storedAcknowledgementsMarkDeliveredAndApplicationsReceivedInOneGo() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (registry, receipts) = try registryWithApplications(3, in: folder)
        let operations = try await registry.operationsToSend(limit: 10)
        try await registry.noteSendAttempt(opIDs: operations.map(\.opID), at: noon)
        #expect(try registry.syncSnapshot().pending == 3, "sending is not delivery")
        // The central's clock runs two minutes ahead of this kiosk's (within the five minutes taken in).
        let centralClock = HLCTimestamp(wallMillis: Int64(noon.timeIntervalSince1970 * 1000) + 60_000 + 120_000, counter: 0)
        let response = PushResponse(
            centralClock: centralClock,
            acknowledgements: [ack(operations[0], .accepted), ack(operations[1], .duplicate, receivedAt: 1_776_000_000_000)],
            gaps: [], highestSequence: 2
        )
        let tally = try await registry.recordAcknowledgements(response, at: noon.addingTimeInterval(60))
        #expect(tally.accepted == 1 && tally.duplicates == 1 && tally.stored == 2)
        let snapshot = try registry.syncSnapshot()
        #expect(snapshot.pending == 1 && snapshot.failed == 0 && snapshot.lastContact == noon.addingTimeInterval(60))
        #expect(try await registry.operationsToSend(limit: 10).map(\.sequence) == [3])
        let statuses = try receipts.map { try registry.application(tracking: $0.tracking, catalog: ApplicationFixtures.catalog)?.status }
        #expect(statuses == [.received, .received, .savedOnKiosk])
        let rows = try ApplicationFixtures.rows("SELECT attempts, central_received_at FROM outbox ORDER BY sequence", on: registry.url)
        #expect(rows.map { $0[0] as Int } == [1, 1, 1])
        #expect((rows[1][1] as Double?) == 1_776_000_000, "a duplicate keeps the central's ORIGINAL receive time")
        // The central's clock was taken in: the next local reading is later than it.
        #expect(try await registry.clockReading(at: noon) > centralClock)
        // Converged: the acknowledged operations' digest is the digest of their hashes in order.
        let converged = try registry.convergence(kioskID: "KP-PSH-001")
        #expect(converged.operations == 2)
        #expect(converged.digest == ConvergenceDigest.of(payloadHashesInSequenceOrder: operations.prefix(2).map(\.payloadSHA256)))
    }

    @Test func conflictsAndRejectionsStopThatOperationOnlyAndKeepTheReason() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (registry, receipts) = try registryWithApplications(3, in: folder)
        let operations = try await registry.operationsToSend(limit: 10)
        let response = PushResponse(
            centralClock: .zero,
            acknowledgements: [ack(operations[0], .conflict, reason: "stored with other content"), ack(operations[1], .rejected, reason: "hash does not match")],
            gaps: [], highestSequence: 0
        )
        let tally = try await registry.recordAcknowledgements(response, at: noon)
        #expect(tally.conflicts == 1 && tally.rejected == 1 && tally.failed == 2)
        #expect(try await registry.operationsToSend(limit: 10).map(\.sequence) == [3], "failed operations are not retried and do not block")
        let failed = try registry.failedOperations()
        #expect(failed.map(\.sequence) == [1, 2])
        #expect(failed[0].tracking == receipts[0].tracking)
        #expect(failed[0].reason == "conflict: stored with other content")
        #expect(try registry.syncSnapshot().failed == 2)
        #expect(try registry.application(tracking: receipts[0].tracking, catalog: ApplicationFixtures.catalog)?.status == .savedOnKiosk)
        // An operator puts one back in the queue.
        #expect(try registry.retryFailedOperation(opID: operations[1].opID))
        #expect(try await registry.operationsToSend(limit: 10).map(\.sequence) == [2, 3])
        #expect(try !registry.retryFailedOperation(opID: operations[1].opID))
    }

    @Test func aFailureInsideTheAcknowledgementTransactionLeavesEverythingPending() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (registry, _) = try registryWithApplications(2, in: folder)
        let operations = try await registry.operationsToSend(limit: 10)
        try ApplicationFixtures.execute("""
            CREATE TRIGGER fail_on_received BEFORE UPDATE OF status ON application WHEN NEW.status = 'received'
            BEGIN SELECT RAISE(ABORT, 'injected'); END;
            """, on: registry.url)
        let response = PushResponse(centralClock: .zero, acknowledgements: operations.map { ack($0, .accepted) }, gaps: [], highestSequence: 2)
        await #expect(throws: RegistryError.self) { try await registry.recordAcknowledgements(response, at: noon) }
        #expect(try registry.syncSnapshot().pending == 2, "no operation is marked delivered without its application")
        #expect(try ApplicationFixtures.rows("SELECT count(*) FROM outbox WHERE acknowledged_at IS NOT NULL", on: registry.url)[0][0] as Int == 0)
    }

    private func page(_ changes: [SyncChange], next: Int64, more: Bool = false) -> PullResponse {
        PullResponse(centralClock: HLCTimestamp(wallMillis: 1_800_000_000_000, counter: 3), changes: changes, nextCursor: next, hasMore: more)
    }

    @Test func aPulledPageAndItsCursorLandTogether() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (registry, receipts) = try registryWithApplications(2, in: folder)
        let scope = "districts:173"
        let approved = StatusChange(applicationID: receipts[0].id, tracking: receipts[0].tracking, status: "approved", changedAtMillis: 1_777_100_000_000, hlc: .zero)
        let unknown = StatusChange(applicationID: "not-here", tracking: "X", status: "approved", changedAtMillis: 1, hlc: .zero)
        let strange = StatusChange(applicationID: receipts[1].id, tracking: receipts[1].tracking, status: "teleported", changedAtMillis: 1, hlc: .zero)
        let tally = try await registry.applyPulledChanges(page([
            SyncChange(id: 4, kind: .applicationStatus, status: approved),
            SyncChange(id: 5, kind: .applicationStatus, status: unknown),
            SyncChange(id: 9, kind: .applicationStatus, status: strange),
        ], next: 9), scope: scope, fromCursor: 0, at: noon)
        #expect(tally.statuses == 1 && tally.skipped == 2 && tally.applied)
        #expect(try await registry.syncCursor(scope: scope) == 9)
        #expect(try await registry.syncCursor(scope: "districts:") == 0, "cursors are per scope")
        let first = try registry.application(tracking: receipts[0].tracking, catalog: ApplicationFixtures.catalog)
        #expect(first?.status == .approved)
        #expect(try registry.application(tracking: receipts[1].tracking, catalog: ApplicationFixtures.catalog)?.status == .savedOnKiosk)
        // The same page again (another process got there first): nothing is applied twice.
        let again = try await registry.applyPulledChanges(page([SyncChange(id: 4, kind: .applicationStatus, status: approved)], next: 9), scope: scope, fromCursor: 0, at: noon)
        #expect(!again.applied && again.total == 0)
    }

    @Test func aFailureWhileApplyingAPageKeepsTheOldCursorAndTheOldStatuses() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (registry, receipts) = try registryWithApplications(2, in: folder)
        try ApplicationFixtures.execute("""
            CREATE TRIGGER fail_on_rejected BEFORE UPDATE OF status ON application WHEN NEW.status = 'rejected'
            BEGIN SELECT RAISE(ABORT, 'injected'); END;
            """, on: registry.url)
        let changes = [
            SyncChange(id: 1, kind: .applicationStatus, status: StatusChange(applicationID: receipts[0].id, tracking: receipts[0].tracking, status: "in-review", changedAtMillis: 1, hlc: .zero)),
            SyncChange(id: 2, kind: .applicationStatus, status: StatusChange(applicationID: receipts[1].id, tracking: receipts[1].tracking, status: "rejected", changedAtMillis: 1, hlc: .zero)),
        ]
        await #expect(throws: RegistryError.self) { try await registry.applyPulledChanges(page(changes, next: 2), scope: "s", fromCursor: 0, at: noon) }
        #expect(try await registry.syncCursor(scope: "s") == 0)
        #expect(try registry.application(tracking: receipts[0].tracking, catalog: ApplicationFixtures.catalog)?.status == .savedOnKiosk)
    }

    @Test func registryRecordsAreAddedAndReplacedWithTheNameIndexFollowing() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 20)
        var record = RegistryRecord(
            cnic: "1730155555551", nameLatin: "Zarghuna Bibi", nameUrdu: "زرغونہ بی بی", guardianLatin: "Gul Khan", guardianUrdu: "گل خان",
            guardianRelation: "w/o", gender: "female", birthDate: "1990-03-04", districtCode: 173, tehsil: "Peshawar",
            address: "House 9, Gulbahar", mobile: "03001234567", version: 1
        )
        let damaged = RegistryRecord(
            cnic: "12", nameLatin: "X", nameUrdu: "", guardianLatin: "", guardianUrdu: "", guardianRelation: "s/o", gender: "male",
            birthDate: "1990-13-40", districtCode: 173, tehsil: "", address: "", mobile: "", version: 1
        )
        var tally = try await registry.applyPulledChanges(page([
            SyncChange(id: 1, kind: .citizen, citizen: record), SyncChange(id: 2, kind: .citizen, citizen: damaged),
        ], next: 2), scope: "districts:173", fromCursor: 0, at: noon)
        #expect(tally.citizens == 1 && tally.skipped == 1)
        let cnic = try CNIC("17301-5555555-1")
        #expect(try registry.citizen(cnic)?.nameLatin == "Zarghuna Bibi")
        #expect(try registry.search("Zarghuna").contains { $0.cnic == cnic })
        record.nameLatin = "Zarghuna Gul"
        record.address = "House 10, Gulbahar"
        record.version = 2
        tally = try await registry.applyPulledChanges(page([SyncChange(id: 3, kind: .citizen, citizen: record)], next: 3), scope: "districts:173", fromCursor: 2, at: noon)
        #expect(tally.citizens == 1)
        #expect(try registry.citizen(cnic)?.address == "House 10, Gulbahar")
        #expect(try registry.search("Zarghuna Gul").contains { $0.cnic == cnic })
        #expect(try !registry.search("Bibi").contains { $0.cnic == cnic }, "the old name left the index")
    }

    @Test func aPulledRecordIsFoundByItsMobileNumberWrittenEitherWay() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 20)
        let record = RegistryRecord(
            cnic: "1730155555551", nameLatin: "Zarghuna Bibi", nameUrdu: "زرغونہ بی بی", guardianLatin: "Gul Khan", guardianUrdu: "گل خان",
            guardianRelation: "w/o", gender: "female", birthDate: "1990-03-04", districtCode: 173, tehsil: "Peshawar",
            address: "House 9, Gulbahar", mobile: "03115570085", version: 1
        )
        try await registry.applyPulledChanges(page([SyncChange(id: 1, kind: .citizen, citizen: record)], next: 1), scope: "districts:173", fromCursor: 0, at: noon)
        let cnic = try CNIC("17301-5555555-1")
        #expect(try registry.citizen(cnic)?.mobile == "0311-5570085", "kept in the registry's normal form")
        #expect(try registry.citizens(mobile: "0311-5570085").map(\.cnic) == [cnic])
        #expect(try registry.citizens(mobile: "03115570085").map(\.cnic) == [cnic])
        #expect(try registry.citizens(mobile: "+92 311 5570085").map(\.cnic) == [cnic])
    }

    @Test func theStoreTakesPulledChangesInItsOwnTerms() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (registry, receipts) = try registryWithApplications(1, in: folder)
        let signer = SyncedSigner(keyID: "B4", publicKey: Data(repeating: 4, count: 32).base64EncodedString(), label: "Province")
        let page = PulledPage(changes: [
            .status(applicationID: receipts[0].id, .inReview, changedAt: noon),
            .status(applicationID: "not-here", .approved, changedAt: noon),
            .trustedSigner(signer),
            .passRevoked(serial: 9, revokedAt: noon),
        ], nextCursor: 12, centralClock: HLCTimestamp(wallMillis: 1_800_000_000_000, counter: 0))
        let tally = try await registry.applyPulledPage(page, scope: "s", fromCursor: 0, at: noon)
        #expect(tally.statuses == 1 && tally.skipped == 1 && tally.trust == 2 && tally.applied)
        #expect(try await registry.syncCursor(scope: "s") == 12)
        #expect(try registry.application(tracking: receipts[0].tracking, catalog: ApplicationFixtures.catalog)?.status == .inReview)
        let trust = try registry.syncedTrust()
        #expect(trust.signers.map(\.keyID) == ["b4"], "key ids are kept in lower case")
        #expect(trust.revokedSerials == [9])
    }

    @Test func trustChangesFillTheSyncedTrustList() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 20)
        let key = Data(repeating: 7, count: 32).base64EncodedString()
        let signer = TrustedSignerRecord(keyID: "a7", publicKey: key, label: "Province signer 2026")
        let bad = TrustedSignerRecord(keyID: "zz", publicKey: "short", label: "bad")
        try await registry.applyPulledChanges(page([
            SyncChange(id: 1, kind: .trustedSigner, signer: signer),
            SyncChange(id: 2, kind: .trustedSigner, signer: bad),
            SyncChange(id: 3, kind: .passRevoked, revocation: PassRevocation(serial: 42, revokedAtMillis: 1)),
        ], next: 3), scope: "s", fromCursor: 0, at: noon)
        var trust = try registry.syncedTrust()
        #expect(trust.signers == [SyncedSigner(keyID: "a7", publicKey: key, label: "Province signer 2026")] && trust.removed.isEmpty && trust.revokedSerials == [42])
        try await registry.applyPulledChanges(page([SyncChange(id: 4, kind: .signerRemoved, signer: signer)], next: 4), scope: "s", fromCursor: 3, at: noon)
        trust = try registry.syncedTrust()
        #expect(trust.signers.isEmpty && trust.removed.map(\.keyID) == ["a7"])
    }
}
