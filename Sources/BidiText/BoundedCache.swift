import Synchronization

/// A thread-safe memo for a pure function: at most `limit` entries, all dropped at once when a new
/// entry would pass the limit. The kiosk's texts are a small, repeating set (the catalogs' words, the
/// service definitions, a citizen's name), but a few change for ever (the clock, typed answers,
/// tracking numbers), so an unbounded memo would grow without end; clearing whole keeps the memo
/// simple and cheap (no per-entry bookkeeping on a hit), and costs one frame's worth of recomputing
/// each time it happens. Only ever holds values the function returns, so callers see no difference.
public final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let entries = Mutex<[Key: Value]>([:])

    /// The most entries the memo keeps.
    public let limit: Int

    /// A memo of at most `limit` entries (at least 1).
    public init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// The remembered value for `key`, or `compute()` remembered and returned. `compute` runs outside
    /// the lock, so two threads may compute the same value once each; both get the same answer.
    public func value(for key: Key, _ compute: () -> Value) -> Value {
        if let hit = entries.withLock({ $0[key] }) { return hit }
        let value = compute()
        entries.withLock { entries in
            if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
            entries[key] = value
        }
        return value
    }

    /// How many entries the memo holds now (never more than `limit`).
    public var count: Int { entries.withLock { $0.count } }

    /// Forgets every entry.
    public func removeAll() { entries.withLock { $0.removeAll() } }
}
