import Foundation
import Synchronization

/// A task executor with a fixed number of threads of its own, for CPU-bound synchronous tests: they
/// run one per core, preempted by the operating system like any thread, and leave Swift's cooperative
/// pool to the async tests (see `OffCooperativePool.cpuBound`).
public final class WorkerThreadsExecutor: TaskExecutor {
    /// One worker per core.
    public static let perCore = WorkerThreadsExecutor(threads: ProcessInfo.processInfo.activeProcessorCount)

    private let jobs = Mutex<[UnownedJob]>([])
    private let waiting = NSCondition()

    public init(threads: Int) {
        for _ in 0..<max(1, threads) {
            Thread.detachNewThread { [self] in work() }
        }
    }

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        jobs.withLock { $0.append(job) }
        waiting.lock()
        waiting.signal()
        waiting.unlock()
    }

    /// Runs jobs in the order they came, forever.
    private func work() {
        let executor = asUnownedTaskExecutor()
        while true {
            waiting.lock()
            var job = jobs.withLock { $0.isEmpty ? nil : $0.removeFirst() }
            while job == nil {
                waiting.wait()
                job = jobs.withLock { $0.isEmpty ? nil : $0.removeFirst() }
            }
            waiting.unlock()
            job?.runSynchronously(on: executor)
        }
    }
}
