@testable import CentralStore
import Synchronization
import Testing

/// The deadline ends the caller's wait even when the call ignores cancellation (as a connection pool's
/// lease did under load); a call that finishes in time gives its own result or error.
@Suite("Call deadline", .timeLimit(.minutes(1)))
struct CallDeadlineTests {
    @Test func aCallThatIgnoresCancellationStillEndsAtTheDeadline() async throws {
        let gate = Gate()
        do {
            _ = try await CallDeadline.run(.milliseconds(200)) {
                await gate.wait()
                return 1
            }
            Issue.record("the call answered although its gate was shut")
        } catch let error as DeadlinePassed {
            #expect(error.duration == .milliseconds(200))
        }
        // A task group would still be waiting for the call here: the gate opens only now.
        #expect(gate.isWaiting)
        gate.open()
    }

    @Test func aCallInTimeGivesItsValueOrItsError() async throws {
        let value = try await CallDeadline.run(.seconds(30)) { 42 }
        #expect(value == 42)
        struct Refused: Error {}
        await #expect(throws: Refused.self) {
            _ = try await CallDeadline.run(.seconds(30)) { () async throws -> Int in throw Refused() }
        }
    }

    @Test func cancellingTheCallerEndsTheWait() async throws {
        let gate = Gate()
        let caller = Task {
            try await CallDeadline.run(.seconds(30)) {
                await gate.wait()
                return 1
            }
        }
        while !gate.isWaiting { try await Task.sleep(for: .milliseconds(5)) }
        caller.cancel()
        await #expect(throws: CancellationError.self) { _ = try await caller.value }
        gate.open()
    }
}

/// A continuation that resumes only when the test opens it, whatever cancellation says.
private final class Gate: Sendable {
    private let waiter = Mutex<(waiting: Bool, continuation: CheckedContinuation<Void, Never>?)>((false, nil))

    var isWaiting: Bool { waiter.withLock { $0.waiting } }

    func wait() async {
        await withCheckedContinuation { continuation in
            waiter.withLock { $0 = (true, continuation) }
        }
    }

    func open() {
        waiter.withLock { $0.continuation }?.resume()
    }
}
