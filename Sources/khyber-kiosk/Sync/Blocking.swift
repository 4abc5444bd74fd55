import Dispatch
import Synchronization

/// Runs async work from a synchronous command (the CLI's commands are synchronous; curses wants the
/// main thread) and waits for its result.
func runBlocking<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
    let result = Mutex<T?>(nil)
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        let value = await body()
        result.withLock { $0 = value }
        done.signal()
    }
    done.wait()
    return result.withLock { $0! }
}
