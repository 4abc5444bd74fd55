import CentralStore
import Foundation
import SyncProtocol
import Synchronization
import TestScheduling
import Testing

@Suite("Concurrency: replays from many connections, many kiosks at once, change cursors", .offCooperativePool)
struct ConcurrencyTests {
    /// 8 tasks push the same 100-operation batch at once: each operation is accepted exactly once.
    @Test(arguments: Backend.allCases)
    func concurrentReplaysAcceptEachOperationOnce(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            let request = Fixture.push(Fixture.operations(1...100))
            let results = try await withThrowingTaskGroup(of: IngestResult.self) { group in
                for attempt in 0..<8 {
                    group.addTask { try await storage.ingest(request, receivedAt: Fixture.receivedAt.addingTimeInterval(Double(attempt))) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(results.count == 8)
            for index in 0..<100 {
                let outcomes = results.map { $0.acknowledgements[index].outcome }
                #expect(outcomes.filter { $0 == .accepted }.count == 1, "operation \(index + 1): \(outcomes)")
                #expect(outcomes.filter { $0 == .duplicate }.count == 7, "operation \(index + 1): \(outcomes)")
                let times = Set(results.map { $0.acknowledgements[index].receivedAtMillis })
                #expect(times.count == 1, "a duplicate must carry the original time")
            }
            #expect(results.allSatisfy { $0.gaps.isEmpty && $0.highestSequence == 100 })
            #expect(try await storage.operationCount() == 100)
            #expect(try await storage.applications(limit: 1000).count == 100)
            #expect(try await storage.conflicts(limit: 10).isEmpty)
        }
    }

    /// 200 kiosks push 10 operations each, all at once: 2000 stored and every kiosk converges.
    @Test(arguments: Backend.allCases)
    func manyKiosksAtOnceConverge(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            let kiosks = (1...200).map { String(format: "KPFLD%03d", $0) }
            let batches = kiosks.map { Fixture.operations(kiosk: $0, 1...10) }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for (kiosk, operations) in zip(kiosks, batches) {
                    group.addTask {
                        let result = try await storage.ingest(Fixture.push(kiosk: kiosk, operations), receivedAt: Fixture.receivedAt)
                        guard result.acknowledgements.allSatisfy({ $0.outcome == .accepted }) else {
                            throw CentralStorageError.invalid("kiosk \(kiosk) was not accepted: \(result.acknowledgements.map(\.outcome))")
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await storage.operationCount() == 2000)
            for (kiosk, operations) in zip(kiosks, batches) {
                let expected = Convergence(operations: 10, digest: ConvergenceDigest.of(payloadHashesInSequenceOrder: operations.map(\.payloadSHA256)))
                #expect(try await storage.convergence(kioskID: kiosk) == expected, "kiosk \(kiosk)")
            }
            #expect(try await storage.kioskSummaries().count == 200)
        }
    }

    /// Writers append changes (status advances, registry records, trust edits) from several tasks while a
    /// reader pulls page after page: the reader sees every change exactly once, in ascending id order.
    @Test(arguments: Backend.allCases)
    func concurrentAppendersNeverMakeAReaderSkipAChange(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            let applications = 40
            _ = try await storage.ingest(Fixture.push(Fixture.operations(1...Int64(applications))), receivedAt: Fixture.receivedAt)
            let citizenWriters = 4
            let citizensPerWriter = 25
            let revocations = 30
            let expectedTotal = applications + citizenWriters * citizensPerWriter + revocations

            let done = ManagedFlag()
            let reader = Task { () throws -> [Int64] in
                var seen: [Int64] = []
                var cursor: Int64 = 0
                while true {
                    let finished = done.isSet
                    let page = try await storage.changes(for: Fixture.pull(cursor: cursor, districts: [173], limit: 7))
                    seen += page.changes.map(\.id)
                    cursor = page.nextCursor
                    if finished && !page.hasMore { return seen }
                    if page.changes.isEmpty { try await Task.sleep(for: .milliseconds(1)) }
                }
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    for sequence in 1...applications {
                        _ = try await storage.advance(
                            tracking: Fixture.submission(sequence: Int64(sequence)).tracking, to: "in-review",
                            at: Fixture.receivedAt, hlc: HLCTimestamp(wallMillis: Fixture.baseWall, counter: sequence))
                    }
                }
                for writer in 0..<citizenWriters {
                    group.addTask {
                        for index in 0..<citizensPerWriter {
                            let changed = try await storage.upsertCitizens([Fixture.citizen(writer * 1000 + index)])
                            guard changed == 1 else { throw CentralStorageError.invalid("a new citizen did not count as changed") }
                        }
                    }
                }
                group.addTask {
                    for serial in 1...revocations { try await storage.revokePass(serial: Int64(serial), at: Fixture.receivedAt) }
                }
                try await group.waitForAll()
            }
            done.set()
            let seen = try await reader.value
            #expect(seen.count == expectedTotal)
            #expect(seen == seen.sorted())
            #expect(Set(seen).count == seen.count)
            let all = try await storage.changes(for: Fixture.pull(cursor: 0, districts: [173], limit: 1000))
            #expect(all.changes.map(\.id) == seen)
        }
    }
}

/// A flag one task sets and another reads.
final class ManagedFlag: Sendable {
    private let value = Mutex(false)

    var isSet: Bool { value.withLock { $0 } }

    func set() { value.withLock { $0 = true } }
}
