import Dispatch
import Foundation
import KioskSync
import RequestSigning
import Synchronization
import SyncProtocol

/// The real `HTTPSyncTransport`, with every push timed client-side into a shared `PushLog`. Probes and
/// pulls pass through.
///
/// The push itself runs on `PushExecutor` (threads of its own, outside Swift's cooperative pool), so
/// its round trip — encode, HTTP, the central, decode — is not stretched by other simulated kiosks'
/// SQLite work queued on the bench's 2 cooperative threads (500 real kiosks are 500 machines). The time
/// as the kiosk's task saw it, that queueing included, is kept too.
struct TimedSyncTransport: SyncTransport {
    let inner: HTTPSyncTransport
    let log: PushLog

    init(centralURL: String, log: PushLog, signer: RequestSigner? = nil, trust: CentralTrust = CentralTrust()) throws {
        inner = try HTTPSyncTransport(centralURL: centralURL, trust: trust, signer: signer)
        self.log = log
    }

    func probe() async throws(SyncTransportError) -> HealthResponse { try await inner.probe() }

    func pull(_ request: PullRequest) async throws(SyncTransportError) -> PullResponse { try await inner.pull(request) }

    func push(_ request: PushRequest) async throws(SyncTransportError) -> PushResponse {
        let seenStart = Stopwatch.now()
        let inner = self.inner
        let outcome = await withTaskExecutorPreference(PushExecutor.shared) { () async -> Result<(PushResponse, UInt64, UInt64), SyncTransportError> in
            let start = Stopwatch.now()
            do throws(SyncTransportError) {
                let response = try await inner.push(request)
                return .success((response, start, Stopwatch.now()))
            } catch {
                return .failure(error)
            }
        }
        switch outcome {
        case .success(let (response, start, end)):
            log.record(PushLog.Push(start: start, end: end, seenStart: seenStart, seenEnd: Stopwatch.now(), operations: request.operations.count))
            return response
        case .failure(let error):
            log.recordFailure(error)
            throw error
        }
    }

    func shutdown() async { await inner.shutdown() }
}

/// A task executor on a concurrent dispatch queue: its threads are not the cooperative pool's.
final class PushExecutor: TaskExecutor {
    static let shared = PushExecutor()
    private let queue = DispatchQueue(label: "khyber-bench.push", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}

/// Push timings gathered from any number of kiosks at once.
final class PushLog: Sendable {
    /// One answered push (monotonic nanoseconds).
    struct Push: Sendable {
        /// The round trip: request handed to `HTTPSyncTransport` → its decoded answer back.
        let start: UInt64
        let end: UInt64
        /// The same push as the kiosk's task saw it (its wait to be resumed included).
        let seenStart: UInt64
        let seenEnd: UInt64
        let operations: Int

        var nanoseconds: UInt64 { end - start }
        var seenNanoseconds: UInt64 { seenEnd - seenStart }
    }

    private let state = Mutex<(pushes: [Push], failures: [String])>(([], []))

    func record(_ push: Push) {
        state.withLock { $0.pushes.append(push) }
    }

    func recordFailure(_ error: SyncTransportError) {
        state.withLock { $0.failures.append(error.description) }
    }

    var pushes: [Push] { state.withLock { $0.pushes } }
    var failures: [String] { state.withLock { $0.failures } }
    /// Sum of the push round trips (seconds).
    var pushSeconds: Double { Double(pushes.reduce(0) { $0 + $1.nanoseconds }) / 1e9 }
}
