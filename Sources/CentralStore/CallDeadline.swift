import Dispatch
import Synchronization

/// A call that did not finish in time.
struct DeadlinePassed: Error {
    let duration: Duration
}

/// Runs an async call against a deadline that ends the *caller's* wait on time, whatever the call does.
///
/// A task group would cancel the late call and then wait for it to finish: postgres-nio's pool answers a
/// cancelled lease only from its own `run()` task, and on a busy machine (every test suite at once on two
/// cores) that answer was seen to come 77 s after a 2 s deadline. Here the call runs in a task of its own,
/// the deadline is a timer on a serial Dispatch queue of its own (an overcommitting one, so neither a busy
/// cooperative pool nor a busy default global queue holds it back), and whichever comes first resumes the
/// caller; the loser is cancelled and left to end by itself.
enum CallDeadline {
    /// Where the deadlines fire.
    private static let timers = DispatchQueue(label: "khyber.central-store.call-deadline")

    static func run<T: Sendable>(_ duration: Duration, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let race = Race<T>()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                race.start(continuation, duration: duration, body: body)
            }
        } onCancel: {
            race.finish(.failure(CancellationError()))
        }
    }

    /// A scheduled Dispatch work item (cancelling one is thread-safe).
    private struct Timer: @unchecked Sendable {
        let item: DispatchWorkItem
    }

    /// The first of the call's result, the timer or the caller's cancellation, delivered once.
    private final class Race<T: Sendable>: Sendable {
        private struct State {
            var continuation: CheckedContinuation<T, any Error>?
            var call: Task<Void, Never>?
            var timer: Timer?
            var finished = false
        }

        private let state = Mutex(State())

        func start(_ continuation: CheckedContinuation<T, any Error>, duration: Duration, body: @escaping @Sendable () async throws -> T) {
            let alreadyFinished = state.withLock { state in
                if state.finished { return true }
                state.continuation = continuation
                return false
            }
            if alreadyFinished {
                continuation.resume(throwing: CancellationError())
                return
            }
            let call = Task {
                do { self.finish(.success(try await body())) } catch { self.finish(.failure(error)) }
            }
            let timer = Timer(item: DispatchWorkItem { self.finish(.failure(DeadlinePassed(duration: duration))) })
            let attached = state.withLock { state in
                if state.finished { return false }
                state.call = call
                state.timer = timer
                return true
            }
            guard attached else {
                call.cancel()
                return
            }
            let (seconds, attoseconds) = duration.components
            let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
            CallDeadline.timers.asyncAfter(deadline: .now() + .nanoseconds(max(0, nanoseconds)), execute: timer.item)
        }

        func finish(_ result: Result<T, any Error>) {
            let (continuation, call, timer) = state.withLock { state in
                if state.finished { return (nil, nil, nil) as (CheckedContinuation<T, any Error>?, Task<Void, Never>?, Timer?) }
                state.finished = true
                defer { state.continuation = nil; state.call = nil; state.timer = nil }
                return (state.continuation, state.call, state.timer)
            }
            timer?.item.cancel()
            call?.cancel()
            continuation?.resume(with: result)
        }
    }
}
