import Foundation
import TestScheduling
import Testing

/// The trait that keeps blocking and timing-sensitive suites off Swift's cooperative pool really does:
/// a synchronous test body, an async one after a suspension, and a child task all run on its threads.
@Suite("Off the cooperative pool", .offCooperativePool)
struct OffCooperativePoolTests {
    @Test func aSynchronousBodyRunsOnABlockingWorkThread() {
        #expect(Self.onBlockingWorkThread())
    }

    private static func onBlockingWorkThread() -> Bool { BlockingWorkExecutor.isCurrentThreadOurs() }

    @Test func anAsyncBodyStaysThereAcrossSuspensionsAndInChildTasks() async throws {
        try await Task.sleep(for: .milliseconds(20))
        #expect(Self.onBlockingWorkThread())
        let child = await withTaskGroup(of: Bool.self) { group in
            group.addTask { Self.onBlockingWorkThread() }
            return await group.next() ?? false
        }
        #expect(child)
    }
}

