import Foundation
import KioskStore

/// What the background loop reports after each round or probe: the link, the queue, the last problem.
public struct SyncStatus: Equatable, Sendable {
    /// Whether the central answered last time.
    public var online: Bool
    public var snapshot: SyncSnapshot
    /// The last problem in words for the log and the operator (nil when the last round was clean).
    public var problem: String?

    public init(online: Bool, snapshot: SyncSnapshot, problem: String?) {
        self.online = online
        self.snapshot = snapshot
        self.problem = problem
    }
}
