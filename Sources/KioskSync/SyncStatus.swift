import Foundation
import KioskStore

/// What the background loop reports after each round or probe: the link, the queue, the last problem.
public struct SyncStatus: Equatable, Sendable {
    /// Whether the central answered last time.
    public var online: Bool
    /// The queue as last read. When `snapshotIsCurrent` is false it could not be read now: this is the
    /// last snapshot that could be (empty when none could), and it must not be shown as "all sent".
    public var snapshot: SyncSnapshot
    /// False when reading the queue after this round failed (then `databaseProblem` says why).
    public var snapshotIsCurrent: Bool
    /// The last problem in words for the log and the operator (nil when the last round was clean).
    public var problem: String?
    /// Set when the kiosk's own database failed in this round or while reading the queue: what failed.
    /// The central is not to blame; a badge must show a problem, never "all sent".
    public var databaseProblem: String?
    /// What the round did about the trust bundle (nil: nothing to do).
    public var trustBundle: TrustBundleOutcome?

    public init(online: Bool, snapshot: SyncSnapshot, problem: String?, snapshotIsCurrent: Bool = true, databaseProblem: String? = nil) {
        self.online = online
        self.snapshot = snapshot
        self.problem = problem
        self.snapshotIsCurrent = snapshotIsCurrent
        self.databaseProblem = databaseProblem
    }

    /// True when the kiosk's own database is in trouble (the badge must not say "all sent").
    public var hasDatabaseProblem: Bool { databaseProblem != nil }
}
