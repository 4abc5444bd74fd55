import Foundation
import KioskStore

extension SyncEngine {
    /// The background loop beside the kiosk's screen (or headless under `khyber-kiosk sync`): while
    /// offline, a cheap probe with exponential backoff and jitter; once the central answers, a full round
    /// (push, then pull), then a round every `intervalSeconds` or as soon as `wake` (when given) is signalled.
    /// Reports a `SyncStatus` after every probe and round. Returns when the task is cancelled.
    public func run(
        intervalSeconds: Double, backoff: Backoff = Backoff(), wake: SyncWakeSignal? = nil,
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        report: @escaping @Sendable (SyncStatus) -> Void
    ) async {
        var online = false
        var failures = 0
        var problem: String?
        var databaseProblem: String?
        var lastSnapshot = SyncSnapshot()
        while !Task.isCancelled {
            if !online {
                switch await probe() {
                case .success:
                    online = true
                    failures = 0
                    problem = nil
                case .failure(let error):
                    failures += 1
                    problem = error.description
                }
            }
            databaseProblem = nil
            var trustBundle: TrustBundleOutcome?
            if online {
                let round = await syncOnce()
                trustBundle = round.trustBundle
                switch round.stoppedBy {
                case nil:
                    problem = nil
                case .localDatabase(let error)?:
                    // The central answered; the kiosk's own file failed. Stay online, try again next round.
                    problem = SyncStopReason.localDatabase(error).description
                    databaseProblem = error.description
                case .central(let error)?:
                    problem = error.description
                    if error.isTransient {
                        online = false
                        failures = 1
                    }
                }
            }
            var snapshotIsCurrent = true
            do {
                lastSnapshot = try await snapshot()
            } catch {
                snapshotIsCurrent = false
                databaseProblem = error.description
                problem = problem ?? SyncStopReason.localDatabase(error).description
            }
            var status = SyncStatus(
                online: online, snapshot: lastSnapshot, problem: problem, snapshotIsCurrent: snapshotIsCurrent, databaseProblem: databaseProblem
            )
            status.trustBundle = trustBundle
            report(status)
            let wait = online ? intervalSeconds : backoff.delay(afterFailures: failures, random: random())
            if let wake {
                await wake.wait(seconds: wait)
            } else {
                try? await Task.sleep(for: .seconds(wait))
            }
        }
    }
}
