import Synchronization

/// The nonces of accepted signed requests, kept for as long as their `created` could still be inside the
/// window (then a replay would be refused by the window anyway). Bounded: when it holds `capacity` live
/// nonces, new requests are refused (503, retry later) rather than old nonces forgotten early.
///
/// Per process: centrals that share one PostgreSQL each keep their own (docs/request-signing.md says
/// what that allows).
public final class NonceMemory: Sendable {
    public let capacity: Int
    private let state = Mutex(State())

    private struct State {
        /// key → the second it may be forgotten.
        var expiry: [String: Int64] = [:]
        /// (forget-at, key) in insertion order; forget-at grows with created + window, nearly in order.
        var queue: [(Int64, String)] = []
        var head = 0
    }

    /// What `remember` decided.
    public enum Verdict: Equatable, Sendable {
        case fresh, replayed, full
    }

    public init(capacity: Int = 500_000) {
        self.capacity = capacity
    }

    /// Records `nonce` of `keyID`, to be kept until `until` (seconds since 1970); `now` prunes what expired.
    public func remember(keyID: String, nonce: String, until: Int64, now: Int64) -> Verdict {
        let key = keyID + " " + nonce
        return state.withLock { state in
            Self.prune(&state, now: now)
            if let kept = state.expiry[key], kept >= now { return .replayed }
            if state.expiry.count >= capacity { return .full }
            state.expiry[key] = until
            state.queue.append((until, key))
            return .fresh
        }
    }

    /// How many nonces are kept now.
    public var count: Int { state.withLock { $0.expiry.count } }

    private static func prune(_ state: inout State, now: Int64) {
        while state.head < state.queue.count, state.queue[state.head].0 < now {
            let (until, key) = state.queue[state.head]
            if state.expiry[key] == until { state.expiry[key] = nil }
            state.head += 1
        }
        if state.head > 4096 && state.head * 2 > state.queue.count {
            state.queue.removeFirst(state.head)
            state.head = 0
        }
    }
}
