import Foundation
import Synchronization

/// Runs async work to its end from the runner's synchronous code, on threads of its own: the work's jobs
/// never need Swift's cooperative pool (one thread per core), so the thread that waits on it cannot starve it,
/// even on a one-core kiosk.
enum DeskAsyncBridge {
    /// The result of `work`, waited for.
    static func wait<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
        let result = Mutex<T?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task(executorPreference: DedicatedThreadsExecutor.shared) {
            let value = await work()
            result.withLock { $0 = value }
            done.signal()
        }
        done.wait()
        return result.withLock { $0! }
    }
}

/// A task executor that runs each job on a new thread (the desk's rare USB work, never a hot path).
final class DedicatedThreadsExecutor: TaskExecutor {
    static let shared = DedicatedThreadsExecutor()

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        Thread.detachNewThread { job.runSynchronously(on: executor) }
    }
}
