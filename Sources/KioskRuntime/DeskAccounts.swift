import Foundation
import KioskApp

/// What the operator screens need from operator accounts: sign-in (with first-time codes and
/// lockout) and a first password. The kiosk's `OperatorDirectory` (built from the verified trust
/// bundle) provides it; without one, no operator can sign in.
public protocol DeskAccounts: Sendable {
    /// Checks an id and a password or first-time code at `now`.
    func signIn(id: String, secret: String, now: Date) -> DeskSignInResult
    /// Stores a new password after checking the code again; returns the account, or throws with plain words.
    func setPassword(id: String, code: String, newPassword: String, now: Date) throws -> DeskOperator
}
