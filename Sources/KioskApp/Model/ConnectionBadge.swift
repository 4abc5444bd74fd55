import Foundation

/// What the header says about the link to the central store: online or not, how much waits to be sent,
/// how old the oldest of it is, and when the last sync finished. Filled by the sync engine; pure data.
public struct ConnectionBadge: Equatable, Sendable {
    /// Whether the central store answered the last time the kiosk asked.
    public enum Link: Equatable, Sendable {
        /// No central store configured: the kiosk works alone.
        case standalone
        case offline
        case online
    }

    public var link: Link
    /// Operations waiting to be sent.
    public var pending: Int
    /// When the oldest waiting operation was made.
    public var oldestPending: Date?
    /// Operations the central refused for good: an operator must look.
    public var failed: Int
    /// The last time a sync round finished.
    public var lastSync: Date?
    /// Waiting longer than this is shown as a warning (the kiosk still takes new work).
    public var warnAfter: TimeInterval
    /// The kiosk's own database failed while syncing: `pending` may be stale, and the badge says
    /// "storage problem" instead of "all sent" (the central is not to blame).
    public var storageProblem: Bool
    /// What operators must be told about trust and the clock (shown on operator screens, not to citizens).
    public var trustWarnings: [TrustWarning]

    public init(
        link: Link = .standalone, pending: Int = 0, oldestPending: Date? = nil, failed: Int = 0, lastSync: Date? = nil,
        warnAfter: TimeInterval = 24 * 3600, storageProblem: Bool = false,
        trustWarnings: [TrustWarning] = []
    ) {
        self.link = link
        self.pending = pending
        self.oldestPending = oldestPending
        self.failed = failed
        self.lastSync = lastSync
        self.warnAfter = warnAfter
        self.storageProblem = storageProblem
        self.trustWarnings = trustWarnings
    }

    /// True when the oldest waiting operation is older than `warnAfter` at `now`.
    public func isOverdue(at now: Date) -> Bool {
        guard pending > 0, let oldestPending else { return false }
        return now.timeIntervalSince(oldestPending) > warnAfter
    }
}
