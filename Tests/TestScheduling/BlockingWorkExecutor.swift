import Foundation

/// A task executor that runs every job on a thread of its own, where blocking harms nobody.
///
/// Under `withTaskExecutorPreference(BlockingWorkExecutor.shared)` a task's nonisolated code, its child
/// tasks and the default actors it calls run here instead of on Swift's cooperative pool (one thread
/// per core, never preempted): see `OffCooperativePool`.
public final class BlockingWorkExecutor: TaskExecutor {
    /// The one instance (it holds no state).
    public static let shared = BlockingWorkExecutor()

    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        Thread.detachNewThread {
            Thread.current.threadDictionary[Self.marker] = true
            job.runSynchronously(on: executor)
        }
    }

    /// True on one of this executor's threads (synchronous: `Thread.current` is not for async code).
    public static func isCurrentThreadOurs() -> Bool {
        Thread.current.threadDictionary[marker] != nil
    }

    private static let marker = "khyber.blocking-work"
}
