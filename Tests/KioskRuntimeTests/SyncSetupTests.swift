import Foundation
import KioskRuntime
import KioskStore
import KioskSync
import Testing

/// The badge the kiosk shows for a sync report.
@Suite struct SyncSetupTests {
    let setup = SyncSetup(centralURL: "http://127.0.0.1:9", kioskID: "KPPSH001", intervalSeconds: 30, warnAfterHours: 24, districts: [])

    @Test func aCleanRoundShowsTheQueue() {
        let snapshot = SyncSnapshot(pending: 0, oldestPending: nil, failed: 0, lastSync: Date(timeIntervalSince1970: 1_764_000_000))
        let badge = setup.badge(SyncStatus(online: true, snapshot: snapshot, problem: nil))
        #expect(badge.link == .online && badge.pending == 0 && !badge.storageProblem)
    }

    @Test func aLocalDatabaseFailureIsAStorageProblemNotAllSent() {
        let status = SyncStatus(online: true, snapshot: SyncSnapshot(pending: 0, oldestPending: nil, failed: 0, lastSync: nil),
                                problem: "disk I/O error", snapshotIsCurrent: false, databaseProblem: "disk I/O error")
        #expect(setup.badge(status).storageProblem)
    }
}
