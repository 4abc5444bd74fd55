import Synchronization

/// A nudge for the background sync loop ("an application was just saved: send it now") that can be
/// given from any thread. The loop checks it four times a second while it waits.
public final class SyncWakeSignal: Sendable {
    private let flag = Mutex(false)

    public init() {}

    /// Asks the loop to go round now.
    public func signal() {
        flag.withLock { $0 = true }
    }

    /// Waits up to `seconds` (`.infinity`: until signalled), returning early on a signal or when the
    /// task is cancelled.
    public func wait(seconds: Double) async {
        let rounds = seconds.isFinite ? max(1, Int((max(0, seconds) * 4).rounded(.up))) : Int.max
        var round = 0
        while round < rounds {
            if take() { return }
            do { try await Task.sleep(for: .milliseconds(250)) } catch { return }
            round += 1
        }
        _ = take()
    }

    private func take() -> Bool {
        flag.withLock { value in
            defer { value = false }
            return value
        }
    }
}
