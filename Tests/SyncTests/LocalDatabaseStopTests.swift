import Foundation
import KioskStore
import KioskSync
import TestScheduling
import Testing

/// When the kiosk's own database fails, the round says so (not "the central's reply was not usable"),
/// and the loop's report does not claim everything was sent.
@Suite("The kiosk's own database stops a round", .serialized, .offCooperativePool)
struct LocalDatabaseStopTests {
    /// Makes every write to the outbox fail, as a full or damaged disk would.
    private func breakOutboxWrites(_ kiosk: SimulatedKiosk) throws {
        try GRDBQueue.execute("""
            CREATE TRIGGER fail_outbox_update BEFORE UPDATE ON outbox BEGIN SELECT RAISE(ABORT, 'injected disk fault'); END;
            """, onFileAt: kiosk.folder.appendingPathComponent("registry.sqlite").path)
    }

    @Test func aRegistryThatCannotBeWrittenStopsTheRoundAsLocal() async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try StorageBackend.sqlite.freshDatabaseURL(in: root), folder: root)
        defer { central.stop() }
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 3, in: root)
        try breakOutboxWrites(kiosk)
        let round = await kiosk.syncOnce(central.url)
        #expect(round.stoppedBy?.isLocalDatabase == true, "\(String(describing: round.stoppedBy))")
        #expect(round.stoppedBy?.description.contains("kiosk's own database") == true)
        #expect(round.stoppedBy?.description.contains("central") == false, "the central is not blamed")
        #expect(try kiosk.registry.syncSnapshot().pending == 3, "nothing was lost")
    }

    @Test func theLoopReportsTheDatabaseProblemAndStaysOnline() async throws {
        let root = try TestPaths.temporaryFolder()
        let central = try CentralServer(databaseURL: try StorageBackend.sqlite.freshDatabaseURL(in: root), folder: root)
        defer { central.stop() }
        let kiosk = try SimulatedKiosk.make("KP-PSH-001", applications: 2, in: root)
        try breakOutboxWrites(kiosk)
        let (engine, transport) = try await kiosk.engine(central.url)
        let first = AsyncStream<SyncStatus>.makeStream()
        let loop = Task {
            await engine.run(intervalSeconds: 60, wake: SyncWakeSignal()) { status in first.continuation.yield(status) }
        }
        var status: SyncStatus?
        for await reported in first.stream {
            status = reported
            break
        }
        loop.cancel()
        await loop.value
        await transport.shutdown()
        #expect(status?.online == true, "the central answered")
        #expect(status?.hasDatabaseProblem == true && status?.databaseProblem?.contains("injected disk fault") == true, "\(String(describing: status))")
        #expect(status?.snapshot.pending == 2, "the queue still shows what waits")
    }
}
