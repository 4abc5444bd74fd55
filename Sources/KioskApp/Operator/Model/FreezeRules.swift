import Foundation

/// When the kiosk stops taking new applications because it has drifted too far from the central
/// (MOSIP's "freeze"): the oldest unsent operation too old, too many unsent, or the trust bundle
/// expired too long. Viewing, activation and export go on. Each rule is off when nil.
public struct FreezeRules: Equatable, Sendable {
    /// Freeze when the oldest unsent operation is older than this many days.
    public var oldestUnsentDays: Int?
    /// Freeze when more than this many operations wait to be sent.
    public var maxPending: Int?
    /// Freeze when the trust bundle expired more than this many days ago.
    public var trustExpiredDays: Int?

    /// Rules from their parts; the default freezes nothing.
    public init(oldestUnsentDays: Int? = nil, maxPending: Int? = nil, trustExpiredDays: Int? = nil) {
        self.oldestUnsentDays = oldestUnsentDays
        self.maxPending = maxPending
        self.trustExpiredDays = trustExpiredDays
    }

    /// The first rule broken at `now`, or nil when new applications may be taken.
    public func reason(connection: ConnectionBadge, trustExpiredSince: Date?, now: Date) -> FreezeReason? {
        if let days = oldestUnsentDays, connection.pending > 0, let oldest = connection.oldestPending,
           now.timeIntervalSince(oldest) > TimeInterval(days) * 86_400 {
            return .oldestUnsent(days: Int(now.timeIntervalSince(oldest) / 86_400), limit: days)
        }
        if let limit = maxPending, connection.pending > limit {
            return .tooManyPending(count: connection.pending, limit: limit)
        }
        if let days = trustExpiredDays, let expired = trustExpiredSince, now.timeIntervalSince(expired) > TimeInterval(days) * 86_400 {
            return .trustExpired(days: Int(now.timeIntervalSince(expired) / 86_400), limit: days)
        }
        return nil
    }
}

/// Why new applications are paused.
public enum FreezeReason: Equatable, Sendable {
    /// The oldest unsent operation is `days` old (the limit is `limit`).
    case oldestUnsent(days: Int, limit: Int)
    /// `count` operations wait (the limit is `limit`).
    case tooManyPending(count: Int, limit: Int)
    /// The trust bundle expired `days` ago (the limit is `limit`).
    case trustExpired(days: Int, limit: Int)
}

extension KioskState {
    /// Why new applications are paused now, or nil.
    public var freezeReason: FreezeReason? {
        settings.freezeRules.reason(connection: connection, trustExpiredSince: trustExpiredSince ?? bundleExpiredSince, now: now)
    }

    /// When the trust bundle expired, as the sync engine's trust warnings say.
    var bundleExpiredSince: Date? {
        for warning in connection.trustWarnings {
            if case .expired(let since) = warning { return since }
        }
        return nil
    }
}
