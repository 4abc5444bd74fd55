import CentralStore
import Foundation
import SyncProtocol
import TestScheduling
import Testing

@Suite("Ingest: accept, duplicate, conflict, reject, gaps", .offCooperativePool)
struct IngestTests {
    @Test(arguments: Backend.allCases)
    func acceptsAndFilesTheApplication(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            let operations = Fixture.operations(1...3)
            let result = try await storage.ingest(Fixture.push(operations), receivedAt: Fixture.receivedAt)
            #expect(result.acknowledgements.map(\.outcome) == [.accepted, .accepted, .accepted])
            #expect(result.acknowledgements.map(\.opID) == operations.map(\.opID))
            #expect(result.acknowledgements.allSatisfy { $0.receivedAtMillis == 1_764_072_060_000 && $0.reason == nil })
            #expect(result.gaps.isEmpty)
            #expect(result.highestSequence == 3)
            #expect(try await storage.operationCount() == 3)
            let submission = Fixture.submission(sequence: 2)
            let filed = try #require(try await storage.application(tracking: submission.tracking))
            #expect(filed.id == submission.id)
            #expect(filed.status == "received")
            #expect(filed.cnic == submission.cnic)
            #expect(filed.fee == 1500 && filed.serviceVersion == 2 && filed.sequence == 2 && filed.kioskID == Fixture.kiosk)
            #expect(filed.receivedAtMillis == 1_764_072_060_000)
            let newest = try await storage.applications(limit: 2)
            #expect(newest.map(\.sequence) == [3, 2])
            let kiosks = try await storage.kioskSummaries()
            #expect(kiosks == [KioskSummary(
                kioskID: Fixture.kiosk, operations: 3, highestSequence: 3, missing: 0, conflicts: 0,
                lastSeenMillis: 1_764_072_060_000, lagMillis: 1_764_072_060_000 - (Fixture.baseWall + 3000))])
        }
    }

    @Test(arguments: Backend.allCases)
    func replayIsDuplicateWithTheOriginalTime(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            let operations = Fixture.operations(1...2)
            _ = try await storage.ingest(Fixture.push(operations), receivedAt: Fixture.receivedAt)
            let later = Fixture.receivedAt.addingTimeInterval(3600)
            let replay = try await storage.ingest(Fixture.push(operations), receivedAt: later)
            #expect(replay.acknowledgements.map(\.outcome) == [.duplicate, .duplicate])
            #expect(replay.acknowledgements.allSatisfy { $0.receivedAtMillis == 1_764_072_060_000 })
            #expect(try await storage.operationCount() == 2)
            #expect(try await storage.conflicts(limit: 10).isEmpty)
            #expect(try await storage.kioskSummaries().first?.lastSeenMillis == later.timeIntervalSince1970Millis)
        }
    }

    @Test(arguments: Backend.allCases)
    func sameIDOtherContentIsAConflictAndNothingIsOverwritten(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            let original = Fixture.operation(sequence: 1)
            _ = try await storage.ingest(Fixture.push([original]), receivedAt: Fixture.receivedAt)
            let altered = Fixture.operation(Fixture.submission(sequence: 1, fee: 9999), opID: original.opID)
            #expect(altered.payloadSHA256 != original.payloadSHA256)
            let result = try await storage.ingest(Fixture.push([altered]), receivedAt: Fixture.receivedAt.addingTimeInterval(5))
            let acknowledgement = try #require(result.acknowledgements.first)
            #expect(acknowledgement.outcome == .conflict)
            #expect(acknowledgement.reason?.contains("other content") == true)
            #expect(acknowledgement.reason?.contains(Fixture.cnic(1)) == false)
            let stored = try #require(try await storage.application(tracking: Fixture.submission(sequence: 1).tracking))
            #expect(stored.fee == 1500)
            let digest = try await storage.convergence(kioskID: Fixture.kiosk)
            #expect(digest == Convergence(operations: 1, digest: ConvergenceDigest.of(payloadHashesInSequenceOrder: [original.payloadSHA256])))
            let conflicts = try await storage.conflicts(limit: 10)
            #expect(conflicts.count == 1)
            #expect(conflicts.first?.opID == original.opID)
            #expect(conflicts.first?.storedSHA256 == original.payloadSHA256)
            #expect(conflicts.first?.receivedSHA256 == altered.payloadSHA256)
            #expect(try await storage.kioskSummaries().first?.conflicts == 1)
        }
    }

    @Test(arguments: Backend.allCases)
    func sequenceTakenByAnotherOperationIsAConflict(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            let original = Fixture.operation(sequence: 4)
            _ = try await storage.ingest(Fixture.push([original]), receivedAt: Fixture.receivedAt)
            let intruder = Fixture.operation(
                Fixture.submission(sequence: 4, id: "0190ffff-0000-7000-8000-000000000004"), opID: "op-another-id-for-sequence-4")
            let result = try await storage.ingest(Fixture.push([intruder]), receivedAt: Fixture.receivedAt)
            let acknowledgement = try #require(result.acknowledgements.first)
            #expect(acknowledgement.outcome == .conflict)
            #expect(acknowledgement.reason == "sequence 4 of kiosk KPPSH001 is already stored under another operation id")
            #expect(try await storage.operationCount() == 1)
            let conflicts = try await storage.conflicts(limit: 10)
            #expect(conflicts.map(\.opID) == ["op-another-id-for-sequence-4"])
            #expect(conflicts.first?.storedSHA256 == original.payloadSHA256)
            #expect(try await storage.application(tracking: Fixture.submission(sequence: 4).tracking)?.id == original.entityID)
        }
    }

    /// A second operation (new id, new sequence) carrying an application already filed: a conflict, and the
    /// operation is not kept either.
    @Test(arguments: Backend.allCases)
    func anApplicationFiledTwiceIsAConflict(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            let original = Fixture.operation(sequence: 1)
            _ = try await storage.ingest(Fixture.push([original]), receivedAt: Fixture.receivedAt)
            var again = Fixture.submission(sequence: 2, id: original.entityID)
            again.tracking = Fixture.submission(sequence: 1).tracking
            let second = Fixture.operation(again)
            let third = Fixture.operation(sequence: 3)
            let result = try await storage.ingest(Fixture.push([second, third]), receivedAt: Fixture.receivedAt)
            #expect(result.acknowledgements.map(\.outcome) == [.conflict, .accepted])
            #expect(result.acknowledgements.first?.reason?.contains("already filed") == true)
            #expect(result.gaps == [SequenceGap(first: 2, last: 2)])
            #expect(try await storage.operationCount() == 2)
            #expect(try await storage.conflicts(limit: 5).first?.storedSHA256 == original.payloadSHA256)
            #expect(try await storage.applications(limit: 10).map(\.sequence) == [3, 1])
        }
    }

    /// Every way an operation is unusable, each next to a good one that is still accepted.
    @Test(arguments: Backend.allCases)
    func rejectsUnusableOperations(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            var wrongKiosk = Fixture.operation(kiosk: Fixture.otherKiosk, sequence: 1)
            wrongKiosk.opID = "op-wrong-kiosk"
            var zeroSequence = Fixture.operation(Fixture.submission(sequence: 0))
            zeroSequence.opID = "op-zero"
            var badHash = Fixture.operation(sequence: 2)
            badHash.payloadSHA256 = String(repeating: "a", count: 64)
            var malformedHash = Fixture.operation(sequence: 3)
            malformedHash.payloadSHA256 = malformedHash.payloadSHA256.uppercased()
            var unknownKind = Fixture.operation(sequence: 4)
            unknownKind.kind = "citizen.moved"
            let notJSON = "this is not a submission"
            let notASubmission = PushOperation(
                opID: "op-not-json", kioskID: Fixture.kiosk, sequence: 5, hlc: HLCTimestamp(wallMillis: Fixture.baseWall, counter: 0),
                kind: OperationKind.applicationSubmitted, entityID: "x", payload: notJSON, payloadSHA256: PayloadHash.sha256(notJSON))
            var otherEntity = Fixture.operation(sequence: 6)
            otherEntity.entityID = "0190aaaa-0000-7000-8000-000000000000"
            let payloadOtherKiosk = Fixture.operation(
                Fixture.submission(kiosk: Fixture.otherKiosk, sequence: 7), opID: "op-payload-kiosk")
            var payloadOtherKioskInBatch = payloadOtherKiosk
            payloadOtherKioskInBatch.kioskID = Fixture.kiosk
            var otherSequence = Fixture.operation(sequence: 8)
            otherSequence.sequence = 9
            var badCNICSubmission = Fixture.submission(sequence: 10)
            badCNICSubmission.cnic = "17301-1234567-1"
            let badCNIC = Fixture.operation(badCNICSubmission)
            let good = Fixture.operation(sequence: 11)
            let batch = [wrongKiosk, zeroSequence, badHash, malformedHash, unknownKind, notASubmission, otherEntity,
                         payloadOtherKioskInBatch, otherSequence, badCNIC, good]
            let result = try await storage.ingest(Fixture.push(batch), receivedAt: Fixture.receivedAt)
            #expect(result.acknowledgements.map(\.outcome) == Array(repeating: .rejected, count: 10) + [.accepted])
            let reasons = result.acknowledgements.compactMap(\.reason)
            let expected = [
                "kiosk id", "below 1", "does not match the payload", "not 64 lowercase hex", "unknown operation kind",
                "not an application submission", "entity id", "kiosk id", "sequence", "CNIC is not 13 digits",
            ]
            #expect(reasons.count == expected.count)
            for (reason, words) in zip(reasons, expected) {
                #expect(reason.contains(words), "\(reason)")
                #expect(!reason.contains(/[0-9]{13}/), "a reason shows a CNIC: \(reason)")
            }
            #expect(try await storage.operationCount() == 1)
            #expect(try await storage.conflicts(limit: 10).isEmpty)
            #expect(try await storage.applications(limit: 100).map(\.sequence) == [11])
        }
    }

    @Test(arguments: Backend.allCases)
    func reportsGapsAndClosesThemWhenTheMissingOperationsArrive(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            let first = try await storage.ingest(
                Fixture.push([1, 2, 5, 9, 10].map { Fixture.operation(sequence: $0) }), receivedAt: Fixture.receivedAt)
            #expect(first.gaps == [SequenceGap(first: 3, last: 4), SequenceGap(first: 6, last: 8)])
            #expect(first.highestSequence == 10)
            #expect(try await storage.kioskSummaries().first?.missing == 5)
            let second = try await storage.ingest(Fixture.push(Fixture.operations(3...4)), receivedAt: Fixture.receivedAt)
            #expect(second.gaps == [SequenceGap(first: 6, last: 8)])
            let third = try await storage.ingest(Fixture.push(Fixture.operations(6...8)), receivedAt: Fixture.receivedAt)
            #expect(third.gaps.isEmpty)
            #expect(third.highestSequence == 10)
            #expect(try await storage.kioskSummaries().first?.missing == 0)
        }
    }

    @Test(arguments: Backend.allCases)
    func reportsAtMostTwentyGaps(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            let odd = stride(from: Int64(1), through: 61, by: 2).map { Fixture.operation(sequence: $0) }
            let result = try await storage.ingest(Fixture.push(odd), receivedAt: Fixture.receivedAt)
            #expect(result.gaps.count == 20)
            #expect(result.gaps.first == SequenceGap(first: 2, last: 2))
            #expect(result.gaps.last == SequenceGap(first: 40, last: 40))
            #expect(result.highestSequence == 61)
        }
    }
}

extension Date {
    var timeIntervalSince1970Millis: Int64 { Int64((timeIntervalSince1970 * 1000).rounded(.down)) }
}
