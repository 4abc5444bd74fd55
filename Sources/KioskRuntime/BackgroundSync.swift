import Foundation
import KioskApp
import KioskStore
import KioskSync
import Synchronization

/// The sync engine running beside the kiosk's screen: it never touches the terminal. Every report
/// becomes a `.connectionChanged` event in the loop's inbox, and `requestSync()` (the core's
/// `.requestSync` effect, after an application is saved) sends at once.
public final class BackgroundSync: SyncNudging {
    private let task = Mutex<Task<Void, Never>?>(nil)
    private let wake = SyncWakeSignal()
    private let setup: SyncSetup
    private let log: @Sendable (String) -> Void

    /// A background sync for `setup`, not yet started.
    public init(setup: SyncSetup, log: @escaping @Sendable (String) -> Void = KioskLog.write) {
        self.setup = setup
        self.log = log
    }

    /// Starts the loop on the shared executor; its badges go to `inbox`.
    public func start(registry: RegistryDatabase, inbox: KioskEventInbox) {
        let setup = self.setup
        let wake = self.wake
        let log = self.log
        let started = Task.detached {
            let transport: HTTPSyncTransport
            do {
                transport = try setup.transport()
            } catch {
                log("sync is off: \(error)")
                return
            }
            if let notice = transport.endpoint.notice { log(notice) }
            let engine = await setup.engine(registry: registry, transport: transport)
            let reports = SyncReportLog(setup: setup, log: log)
            await engine.run(intervalSeconds: Double(setup.intervalSeconds), wake: wake) { status in
                let warnings = setup.trustWarnings(registry: registry, clockOffsetSeconds: transport.clockOffsetSeconds, now: Date())
                inbox.post(.connectionChanged(setup.badge(status, trustWarnings: warnings)))
                reports.note(status, now: Date())
            }
            await transport.shutdown()
        }
        task.withLock { $0 = started }
    }

    /// Asks for a round now.
    public func requestSync() {
        wake.signal()
    }

    /// Stops the loop and waits (briefly) for it to close its connections.
    public func stop() {
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

/// What the kiosk log says about sync: a line when the link or its problem changes, and the
/// overdue warning once an hour, not every round (a camp offline for days would fill its log).
final class SyncReportLog: Sendable {
    private let setup: SyncSetup
    private let log: @Sendable (String) -> Void
    private let lastProblem = Mutex<String?>(nil)
    private let lastWarning = Mutex<Date?>(nil)

    init(setup: SyncSetup, log: @escaping @Sendable (String) -> Void) {
        self.setup = setup
        self.log = log
    }

    func note(_ status: SyncStatus, now: Date) {
        let changed = lastProblem.withLock { last in
            defer { last = status.problem }
            return last != status.problem
        }
        if changed {
            log("sync: \(status.online ? "online" : "offline"), \(status.snapshot.pending) waiting\(status.problem.map { " — \($0)" } ?? "")")
        }
        if let outcome = status.trustBundle { log("sync: \(outcome.description)") }
        if let warning = setup.overdueWarning(status.snapshot, now: now) {
            let due = lastWarning.withLock { last in
                guard last.map({ now.timeIntervalSince($0) >= 3600 }) ?? true else { return false }
                last = now
                return true
            }
            if due { log("sync warning: \(warning)") }
        }
    }
}
