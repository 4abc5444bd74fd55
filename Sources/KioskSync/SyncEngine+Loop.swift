import Foundation
import KioskStore

extension SyncEngine {
    /// The background loop beside the kiosk's screen (or headless under `khyber-kiosk sync`): while
    /// offline, a cheap probe with exponential backoff and jitter; once the central answers, a full round
    /// (push, then pull), then a round every `intervalSeconds` or as soon as `wake` is signalled.
    /// Reports a `SyncStatus` after every probe and round. Returns when the task is cancelled.
    public func run(
        intervalSeconds: Double, backoff: Backoff = Backoff(), wake: SyncWakeSignal,
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        report: @escaping @Sendable (SyncStatus) -> Void
    ) async {
        var online = false
        var failures = 0
        var problem: String?
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
            if online {
                let round = await syncOnce()
                if let stop = round.stoppedBy {
                    problem = stop.description
                    if stop.isTransient {
                        online = false
                        failures = 1
                    }
                } else {
                    problem = nil
                }
            }
            let snapshot = (try? snapshot()) ?? SyncSnapshot()
            report(SyncStatus(online: online, snapshot: snapshot, problem: problem))
            let wait = online ? intervalSeconds : backoff.delay(afterFailures: failures, random: random())
            await wake.wait(seconds: wait)
        }
    }

    /// The kiosk's queue as it stands.
    public func snapshot() throws -> SyncSnapshot {
        try registryForLoop.syncSnapshot()
    }
}
