import Testing

/// Runs a test's body (every test of a suite, with the suite) off Swift's cooperative pool, on threads
/// of its own, which the operating system schedules preemptively.
///
/// One `swift test` runs every suite at once on a cooperative pool of one thread per core (two on the
/// build machine), which never preempts a job. Three kinds of test must not share it:
/// - those that wait by blocking (child processes, tmux screens polled with `Thread.sleep`) would hold
///   its threads for seconds: `.offCooperativePool`, a thread per job (`BlockingWorkExecutor`);
/// - those that measure wall-clock time around async I/O (a connect timeout, an HTTP round trip, a
///   PostgreSQL query) would find their continuations queued behind everything else: the same;
/// - CPU-bound synchronous tests (scrypt PIN hashes, seeding registries) are what fills that queue:
///   `.cpuBound`, one worker thread per core (`WorkerThreadsExecutor`), so they neither queue ahead of
///   async work nor run hundreds at once.
public struct OffCooperativePool: SuiteTrait, TestTrait, TestScoping {
    private let executor: any TaskExecutor

    public var isRecursive: Bool { true }

    public init(executor: any TaskExecutor) {
        self.executor = executor
    }

    public func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        try await withTaskExecutorPreference(executor) { try await function() }
    }
}

extension Trait where Self == OffCooperativePool {
    /// Blocking or timing-sensitive: a thread of its own per job (see `OffCooperativePool`).
    public static var offCooperativePool: Self { OffCooperativePool(executor: BlockingWorkExecutor.shared) }

    /// CPU-bound and synchronous: one worker thread per core, off the cooperative pool.
    public static var cpuBound: Self { OffCooperativePool(executor: WorkerThreadsExecutor.perCore) }
}
