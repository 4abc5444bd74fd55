import Foundation

/// Wrong tries in a row at this kiosk, and the lock they led to (kept on the kiosk, per operator).
public struct OperatorAttempts: Hashable, Sendable {
    public var failedAttempts: Int
    /// While in the future, every secret is refused unchecked.
    public var lockedUntil: Date?

    public init(failedAttempts: Int = 0, lockedUntil: Date? = nil) {
        self.failedAttempts = failedAttempts
        self.lockedUntil = lockedUntil
    }
}

/// Lockout: after `maxFailures` wrong secrets in a row the account is locked at this kiosk for `lockDuration`.
public struct OperatorLockoutPolicy: Hashable, Sendable {
    public var maxFailures: Int
    public var lockDuration: TimeInterval

    public init(maxFailures: Int = 5, lockDuration: TimeInterval = 15 * 60) {
        self.maxFailures = maxFailures
        self.lockDuration = lockDuration
    }

    /// 5 wrong tries, then 15 minutes.
    public static let standard = OperatorLockoutPolicy()

    /// The lock's end, when `attempts` is locked at `now`.
    public func lockedUntil(_ attempts: OperatorAttempts, now: Date) -> Date? {
        guard let until = attempts.lockedUntil, until > now else { return nil }
        return until
    }

    /// The attempts after one more wrong secret at `now` (a lock starts the count again).
    public func afterFailure(_ attempts: OperatorAttempts, now: Date) -> OperatorAttempts {
        let failures = (lockedUntil(attempts, now: now) == nil && attempts.lockedUntil != nil ? 0 : attempts.failedAttempts) + 1
        if failures >= maxFailures { return OperatorAttempts(failedAttempts: 0, lockedUntil: now.addingTimeInterval(lockDuration)) }
        return OperatorAttempts(failedAttempts: failures, lockedUntil: nil)
    }

    /// Plain words for a refusal after a wrong secret.
    public func words(after attempts: OperatorAttempts, now: Date) -> String {
        if let until = lockedUntil(attempts, now: now) { return Self.lockedWords(until: until, now: now) }
        let left = maxFailures - attempts.failedAttempts
        return "wrong password or code; \(left) \(left == 1 ? "try" : "tries") left before this account is locked for \(Int(lockDuration / 60)) minutes"
    }

    /// "Locked for 15 more minutes after too many wrong tries."
    public static func lockedWords(until: Date, now: Date) -> String {
        let minutes = max(1, Int((until.timeIntervalSince(now) / 60).rounded(.up)))
        return "this account is locked after too many wrong tries; try again in \(minutes) \(minutes == 1 ? "minute" : "minutes")"
    }
}
