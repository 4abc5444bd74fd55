import Foundation
import IdentityCore

/// A screen of plain words about what happened; Enter (or Esc) goes on to `exit`.
public struct Notice: Equatable, Sendable {
    /// What happened.
    public var reason: NoticeReason
    /// Where Enter leads.
    public var exit: NoticeExit

    /// A notice for `reason` leading to `exit`.
    public init(_ reason: NoticeReason, exit: NoticeExit = .welcome) {
        self.reason = reason
        self.exit = exit
    }
}

/// Why a notice is shown.
public enum NoticeReason: Equatable, Sendable {
    /// The registry has no citizen with this CNIC.
    case citizenNotFound(CNIC)
    /// The citizen has no PIN yet.
    case noPINYet
    /// A scanned pass was not accepted (any verdict but a valid one).
    case passNotAccepted(PassVerdict)
    /// Five wrong PINs: locked until that instant.
    case pinLocked(until: Date)
    /// New applications are paused (freeze rules); the reason.
    case applicationsPaused(FreezeReason)
    /// An effect failed (store error); the detail is for the operator.
    case somethingWentWrong(detail: String)
}

/// Where a notice leads when dismissed.
public enum NoticeExit: Equatable, Sendable {
    /// Back to an empty Welcome (no citizen).
    case welcome
    /// Back to the signed-in Home menu.
    case home
}
