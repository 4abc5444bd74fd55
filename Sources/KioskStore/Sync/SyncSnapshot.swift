import Foundation

/// What the kiosk knows about its sync at one moment: the connection badge and `sync` reports read it.
public struct SyncSnapshot: Equatable, Sendable {
    /// Operations not yet acknowledged and not failed.
    public var pending: Int
    /// When the oldest of those was made.
    public var oldestPending: Date?
    /// Operations the central refused for good (conflict, rejected): an operator must look.
    public var failed: Int
    /// The last time the central answered.
    public var lastContact: Date?
    /// The last time a sync round finished (outbox drained, changes pulled).
    public var lastSync: Date?

    public init(pending: Int = 0, oldestPending: Date? = nil, failed: Int = 0, lastContact: Date? = nil, lastSync: Date? = nil) {
        self.pending = pending
        self.oldestPending = oldestPending
        self.failed = failed
        self.lastContact = lastContact
        self.lastSync = lastSync
    }
}

/// An operation the central refused for good, as an operator sees it (no payload, no CNIC).
public struct FailedOperation: Equatable, Sendable {
    public var opID: String
    public var kioskID: String
    public var sequence: Int64
    /// The application's tracking number, when the operation is a submitted application.
    public var tracking: String?
    public var failedAt: Date
    public var reason: String
}

/// What applying one push's acknowledgements did.
public struct AcknowledgementTally: Equatable, Sendable {
    public var accepted = 0
    public var duplicates = 0
    public var conflicts = 0
    public var rejected = 0

    public init() {}

    /// Operations the central now holds.
    public var stored: Int { accepted + duplicates }
    /// Operations refused for good.
    public var failed: Int { conflicts + rejected }

    /// Counts one more operation with this outcome.
    public mutating func count(_ outcome: OperationDelivery.Outcome) {
        switch outcome {
        case .accepted: accepted += 1
        case .duplicate: duplicates += 1
        case .conflict: conflicts += 1
        case .rejected: rejected += 1
        }
    }

    /// Adds another tally's counts.
    public mutating func add(_ other: AcknowledgementTally) {
        accepted += other.accepted
        duplicates += other.duplicates
        conflicts += other.conflicts
        rejected += other.rejected
    }
}

/// What applying one pulled page did.
public struct PulledChangeTally: Equatable, Sendable {
    public var statuses = 0
    public var citizens = 0
    public var trust = 0
    /// PIN verifiers or lock-out states taken in from another kiosk of the citizen's district.
    public var pins = 0
    /// Changes this kiosk could not use (an application it does not hold, a status word it does not
    /// know, a damaged record); counted, skipped, and the cursor still moves past them.
    public var skipped = 0
    /// False when another process had already applied this page (the stored cursor had moved).
    public var applied = true
    /// True when a trust bundle stored with the page (a field camp's downward bundle) was taken.
    public var trustStored = false

    public init() {}

    public var total: Int { statuses + citizens + trust + pins + skipped }
}
