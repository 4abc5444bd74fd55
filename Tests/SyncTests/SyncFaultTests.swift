import ChildProcesses
import CentralStore
import Foundation
import KioskStore
import KioskSync
import SyncProtocol
import TestScheduling
import Testing

/// The faults of issue 5, each against a real `khyber-central` process on loopback, on SQLite and on
/// PostgreSQL: replays (also concurrent), the central down then up, replies lost after the central
/// committed, the kiosk killed between acknowledgement and its commit, and 200 kiosks at once.
@Suite("Sync faults against a real central", .serialized, .offCooperativePool)
struct SyncFaultTests {
    @Test(arguments: StorageBackend.allCases)
    func everyBatchReplayedManyTimesAlsoConcurrentlyIsStoredOnce(_ backend: StorageBackend) async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: root), folder: root)
        defer { central.stop() }
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 40, in: root)
        let operations = try await kiosk.registry.operationsToSend(limit: 100)
        #expect(operations.count == 40)
        try await TestEnrolment.ensure(kiosk, at: central.url)
        let transport = try kiosk.transport(central.url)
        var firstReceipt: [String: Int64] = [:]
        for start in stride(from: 0, to: 40, by: 10) {
            let request = PushRequest(kioskID: kiosk.canonicalID, sentAt: .zero, operations: Array(operations[start..<(start + 10)]))
            // Three times one after another, then six at once.
            var answers = [try await transport.push(request), try await transport.push(request), try await transport.push(request)]
            answers += try await withThrowingTaskGroup(of: PushResponse.self) { group in
                for _ in 0..<6 { group.addTask { try await transport.push(request) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(answers[0].acknowledgements.allSatisfy { $0.outcome == .accepted })
            for answer in answers.dropFirst() {
                #expect(answer.acknowledgements.allSatisfy { $0.outcome == .duplicate }, "a replay is a duplicate")
            }
            for ack in answers[0].acknowledgements { firstReceipt[ack.opID] = ack.receivedAtMillis }
            for answer in answers {
                for ack in answer.acknowledgements { #expect(ack.receivedAtMillis == firstReceipt[ack.opID], "every replay gets the original receipt") }
            }
        }
        await transport.shutdown()
        // The kiosk's own round now finds everything already there, and both sides agree.
        let round = await kiosk.syncOnce(central.url)
        #expect(round.completed && round.acknowledgements.duplicates == 40 && round.acknowledgements.accepted == 0)
        try await expectConverged([kiosk], central: central)
    }

    @Test(arguments: StorageBackend.allCases)
    func aCentralThatIsDownThenUpGetsEverythingOnce(_ backend: StorageBackend) async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: root), folder: root, start: false)
        defer { central.stop() }
        let kiosk = try SimulatedKiosk.make("KP-MRD-002", applications: 25, in: root)
        // Down: the round stops on the network, nothing is lost or marked sent-and-done.
        let offline = await kiosk.syncOnce(central.url)
        #expect(offline.stoppedBy?.isTransient == true)
        #expect(try kiosk.registry.syncSnapshot().pending == 25)
        #expect(try kiosk.registry.syncSnapshot().lastContact == nil)
        // More work while offline is taken as usual.
        try kiosk.submit(5, seed: 99)
        // Up: one round sends all 30, in order, once.
        try central.start()
        let online = await kiosk.syncOnce(central.url, batchSize: 7)
        #expect(online.completed)
        #expect(online.acknowledgements.accepted == 30 && online.batches == 5)
        #expect(try kiosk.registry.syncSnapshot().pending == 0)
        #expect(try kiosk.registry.allApplications(catalog: .init(services: SimulatedKiosk.services)).allSatisfy { $0.status == .received })
        try await expectConverged([kiosk], central: central)
    }

    @Test(arguments: StorageBackend.allCases)
    func repliesLostAfterTheCentralCommittedAreRecognisedOnResend(_ backend: StorageBackend) async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: root), folder: root)
        defer { central.stop() }
        let proxy = try ReplyEatingProxy(upstreamPort: central.port, eatPushReplies: 3)
        defer { proxy.stop() }
        let kiosk = try SimulatedKiosk.make("KP-SWT-003", applications: 30, in: root)
        try await TestEnrolment.ensure(kiosk, at: central.url)
        var rounds: [SyncRoundReport] = []
        for _ in 0..<6 {
            let round = await kiosk.syncOnce(proxy.url, batchSize: 10)
            rounds.append(round)
            if round.completed { break }
        }
        #expect(proxy.eaten == 3)
        #expect(rounds.last?.completed == true)
        #expect(rounds.dropLast().allSatisfy { $0.stoppedBy?.isTransient == true }, "a lost reply is a transient failure")
        let duplicates = rounds.reduce(0) { $0 + $1.acknowledgements.duplicates }
        let accepted = rounds.reduce(0) { $0 + $1.acknowledgements.accepted }
        #expect(duplicates == 10, "the batch whose replies were eaten was stored: the resend is recognised")
        #expect(accepted == 20)
        #expect(try kiosk.registry.syncSnapshot().pending == 0)
        try await expectConverged([kiosk], central: central)
    }

    @Test(arguments: StorageBackend.allCases)
    func aKioskKilledBetweenAcknowledgementAndCommitSendsAgainAndNothingDoubles(_ backend: StorageBackend) async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: root), folder: root)
        defer { central.stop() }
        let kiosk = try SimulatedKiosk.make("KP-ABT-004", applications: 12, in: root)
        try await TestEnrolment.ensure(kiosk, at: central.url)
        let binary = try TestPaths.binary("khyber-kiosk")
        let arguments = ["sync", "--once", "--central", central.url, "--data", kiosk.folder.path, "--kiosk-id", kiosk.kioskID]
        let environment = ["KHYBER_ASSETS": TestPaths.repository.appendingPathComponent("Assets").path]
        // The central acknowledges; the kiosk dies before its own commit (like a power cut).
        let killed = try ChildProcess.run(binary, arguments, environment: environment.merging(["KHYBER_SYNC_FAULT": "exit-after-ack"]) { $1 }, outputFolder: root)
        #expect(killed.status == 86)
        #expect(try kiosk.registry.syncSnapshot().pending == 12, "nothing was committed locally")
        let stored = try await CentralInspector.open(central.databaseURL)
        #expect(try await stored.storage.operationCount() == 12, "but the central has them")
        // Started again, the kiosk sends the same operations; the central answers with the original receipts.
        let again = try ChildProcess.run(binary, arguments, environment: environment, outputFolder: root)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("0 accepted, 12 already there"), "\(again.stdout)")
        #expect(try kiosk.registry.syncSnapshot().pending == 0)
        #expect(try await stored.storage.operationCount() == 12)
        // A pulled page lost the same way is applied exactly once later.
        let tracking = try #require(try kiosk.registry.allApplications(limit: 1, catalog: .init(services: SimulatedKiosk.services)).first?.tracking)
        let advanced = try central.command(["applications", "advance", tracking, "--to", "in-review"])
        #expect(advanced.status == 0, "\(advanced.stderr)")
        let lostPage = try ChildProcess.run(binary, arguments, environment: environment.merging(["KHYBER_SYNC_FAULT": "exit-after-pull"]) { $1 }, outputFolder: root)
        #expect(lostPage.status == 86)
        #expect(try kiosk.registry.application(tracking: tracking, catalog: .init(services: SimulatedKiosk.services))?.status == .received)
        let pulled = try ChildProcess.run(binary, arguments, environment: environment, outputFolder: root)
        #expect(pulled.status == 0 && pulled.stdout.contains("1 statuses"), "\(pulled.stdout)")
        #expect(try kiosk.registry.application(tracking: tracking, catalog: .init(services: SimulatedKiosk.services))?.status == .inReview)
        await stored.close()
        try await expectConverged([kiosk], central: central)
    }

    @Test(arguments: StorageBackend.allCases)
    func oneDamagedOperationIsSetAsideAndNeverBlocksTheRest(_ backend: StorageBackend) async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: root), folder: root)
        defer { central.stop() }
        let kiosk = try SimulatedKiosk.make("KP-KHT-005", applications: 8, in: root)
        // Sequence 3's payload no longer matches its hash (a damaged disk, a bug): the central must refuse it.
        try kiosk.registry.close()
        try GRDBQueue.execute(
            "UPDATE outbox SET payload = replace(payload, '\"fee\":', '\"fee\": ') WHERE sequence = 3",
            onFileAt: kiosk.folder.appendingPathComponent("registry.sqlite").path
        )
        let reopened = try SimulatedKiosk.reopen(kiosk)
        let round = await reopened.syncOnce(central.url, batchSize: 5)
        #expect(round.completed)
        #expect(round.acknowledgements.accepted == 7 && round.acknowledgements.rejected == 1)
        #expect(round.centralGaps == ["3"], "the central sees the hole in the kiosk's sequence")
        let failed = try reopened.registry.failedOperations()
        #expect(failed.map(\.sequence) == [3])
        #expect(failed.first?.reason.contains("rejected") == true, "\(failed)")
        #expect(try reopened.registry.syncSnapshot().pending == 0 && reopened.registry.syncSnapshot().failed == 1)
        // Nothing more goes out for it until an operator acts; the central holds the other seven.
        let again = await reopened.syncOnce(central.url)
        #expect(again.completed && again.batches == 0)
        let inspector = try await CentralInspector.open(central.databaseURL)
        #expect(try await inspector.storage.operationCount() == 7)
        let summary = try await inspector.storage.kioskSummaries().first { $0.kioskID == reopened.canonicalID }
        #expect(summary?.missing == 1 && summary?.highestSequence == 8)
        await inspector.close()
        // An operator puts it back in the queue; it goes out once more (and is refused again, as it is still damaged).
        let opID = try #require(failed.first?.opID)
        let binary = try TestPaths.binary("khyber-kiosk")
        let unknown = try ChildProcess.run(binary, ["applications", "retry", "no-such-op", "--data", reopened.folder.path], outputFolder: root)
        #expect(unknown.status != 0 && unknown.stderr.contains("no failed operation has the id"), "\(unknown.stderr)")
        let retried = try ChildProcess.run(binary, ["applications", "retry", opID, "--data", reopened.folder.path], outputFolder: root)
        #expect(retried.status == 0 && retried.stdout.contains("back in the queue"), "\(retried.stderr)")
        #expect(try reopened.registry.syncSnapshot().pending == 1)
        let third = await reopened.syncOnce(central.url)
        let failedAgain = try reopened.registry.syncSnapshot().failed
        #expect(third.acknowledgements.rejected == 1 && failedAgain == 1)
    }

    @Test(arguments: StorageBackend.allCases)
    func twoHundredKiosksPushingAtOnceConverge(_ backend: StorageBackend) async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try backend.freshDatabaseURL(in: root), folder: root)
        defer { central.stop() }
        let clock = ContinuousClock()
        let madeAt = clock.now
        let kiosks = try (1...200).map { index in
            try SimulatedKiosk.make(String(format: "KP-SIM-%03d", index), applications: 3 + index % 5, in: root, seed: UInt64(index))
        }
        let expected = try kiosks.reduce(0) { $0 + (try $1.registry.outbox().count) }
        try await TestEnrolment.ensureAll(kiosks, at: central.url)
        let pushedAt = clock.now
        let rounds = await withTaskGroup(of: SyncRoundReport.self) { group in
            for kiosk in kiosks { group.addTask { await kiosk.syncOnce(central.url, batchSize: 4) } }
            return await group.reduce(into: [SyncRoundReport]()) { $0.append($1) }
        }
        // A kiosk whose round hit a transient error (a busy central) simply goes again.
        for kiosk in kiosks where try kiosk.registry.syncSnapshot().pending > 0 { _ = await kiosk.syncOnce(central.url) }
        let convergedAt = clock.now
        #expect(rounds.reduce(0) { $0 + $1.acknowledgements.accepted } <= expected)
        #expect(rounds.allSatisfy { $0.acknowledgements.failed == 0 })
        try await expectConverged(kiosks, central: central, expectedTotal: expected)
        print("⏱ 200 kiosks on \(backend): made in \(madeAt.duration(to: pushedAt)), synced in \(pushedAt.duration(to: convergedAt)), checked in \(convergedAt.duration(to: clock.now))")
    }

    /// The central holds exactly the kiosks' outboxes: same total, per kiosk the same count and digest.
    private func expectConverged(_ kiosks: [SimulatedKiosk], central: CentralServer, expectedTotal: Int? = nil) async throws {
        let inspector = try await CentralInspector.open(central.databaseURL)
        let total = try await inspector.storage.operationCount()
        let outboxes = try kiosks.reduce(0) { $0 + (try $1.registry.outbox().count) }
        #expect(total == (expectedTotal ?? outboxes))
        #expect(total == outboxes, "no duplicates, nothing lost")
        for kiosk in kiosks {
            let local = try kiosk.registry.convergence(kioskID: kiosk.kioskID)
            let remote = try await inspector.storage.convergence(kioskID: kiosk.canonicalID)
            #expect(local.operations == (try kiosk.registry.outbox().count), "every operation acknowledged on \(kiosk.kioskID)")
            #expect(remote.operations == local.operations && remote.digest == local.digest, "\(kiosk.kioskID) converged")
        }
        await inspector.close()
    }
}
