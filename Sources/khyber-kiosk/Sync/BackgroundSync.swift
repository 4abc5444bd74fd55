import Foundation
import KioskApp
import KioskStore
import KioskSync
import Synchronization

/// The sync engine running beside the kiosk's screen: it never touches curses. Its reports land in a
/// mailbox the run loop empties (the loop wakes at least once a second), and a saved application
/// nudges it to send at once.
final class BackgroundSync: Sendable {
    private let mailbox: Mailbox = Mailbox()
    private let task = Mutex<Task<Void, Never>?>(nil)
    let wake = SyncWakeSignal()
    private let setup: SyncSetup

    init(setup: SyncSetup) {
        self.setup = setup
    }

    /// Starts the loop on the shared executor.
    func start(registry: RegistryDatabase) {
        let setup = self.setup
        let wake = self.wake
        let mailbox = self.mailbox
        let started = Task.detached {
            let transport = HTTPSyncTransport(centralURL: setup.centralURL)
            let engine = await setup.engine(registry: registry, transport: transport)
            let lastProblem = Mutex<String?>(nil)
            let lastWarning = Mutex<Date?>(nil)
            await engine.run(intervalSeconds: Double(setup.intervalSeconds), wake: wake) { status in
                mailbox.withLock { $0 = setup.badge(status) }
                let changed = lastProblem.withLock { last in
                    defer { last = status.problem }
                    return last != status.problem
                }
                if changed {
                    KioskLoop.log("sync: \(status.online ? "online" : "offline"), \(status.snapshot.pending) waiting\(status.problem.map { " — \($0)" } ?? "")")
                }
                // The overdue warning goes to the log once an hour, not every round (a camp offline for days).
                if let warning = setup.overdueWarning(status.snapshot, now: Date()) {
                    let due = lastWarning.withLock { last in
                        guard last.map({ Date().timeIntervalSince($0) >= 3600 }) ?? true else { return false }
                        last = Date()
                        return true
                    }
                    if due { KioskLoop.log("sync warning: \(warning)") }
                }
            }
            await transport.shutdown()
        }
        task.withLock { $0 = started }
    }

    /// The newest badge since the last call, if any.
    func takeBadge() -> ConnectionBadge? {
        mailbox.withLock { badge in
            defer { badge = nil }
            return badge
        }
    }

    /// The newest badge the loop reported, shared between the loop's task and the run loop.
    final class Mailbox: Sendable {
        private let slot = Mutex<ConnectionBadge?>(nil)

        func withLock<T>(_ body: (inout ConnectionBadge?) -> T) -> T {
            slot.withLock { body(&$0) }
        }
    }

    /// Stops the loop and waits (briefly) for it to close its connections.
    func stop() {
        guard let running = task.withLock({ $0 }) else { return }
        running.cancel()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            await running.value
            done.signal()
        }
        _ = done.wait(timeout: .now() + 3)
    }
}
