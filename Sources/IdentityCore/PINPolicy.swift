import Foundation

/// The rule for PIN tries: 5 wrong in a row lock the citizen for 15 minutes; a right PIN resets the count.
public struct PINPolicy: Sendable, Equatable {
    public var maxAttempts: Int
    public var lockDuration: TimeInterval

    public init(maxAttempts: Int = 5, lockDuration: TimeInterval = 15 * 60) {
        self.maxAttempts = maxAttempts
        self.lockDuration = lockDuration
    }

    /// What a PIN try came to.
    public enum Outcome: Equatable, Sendable {
        case accepted
        /// Wrong; `triesLeft` more before the lock.
        case wrong(triesLeft: Int)
        /// Locked (now or already) until that instant; the PIN was not checked.
        case locked(until: Date)
        /// The citizen has no PIN yet.
        case noPIN
    }

    /// Checks a PIN at `now` and returns the outcome with the credential as it must be saved.
    public func check(_ pin: String, against credential: PINCredential?, now: Date) -> (Outcome, PINCredential?) {
        guard var credential else { return (.noPIN, nil) }
        if let until = credential.lockedUntil, until > now { return (.locked(until: until), credential) }
        if credential.lockedUntil != nil {
            credential.lockedUntil = nil
            credential.failedAttempts = 0
        }
        if credential.matches(pin) {
            credential.failedAttempts = 0
            return (.accepted, credential)
        }
        credential.failedAttempts += 1
        if credential.failedAttempts >= maxAttempts {
            let until = now.addingTimeInterval(lockDuration)
            credential.lockedUntil = until
            credential.failedAttempts = 0
            return (.locked(until: until), credential)
        }
        return (.wrong(triesLeft: maxAttempts - credential.failedAttempts), credential)
    }
}
