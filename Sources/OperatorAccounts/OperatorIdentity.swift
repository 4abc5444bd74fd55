import Foundation

/// What an operator may do at the counter: an operator serves citizens; a supervisor also co-signs
/// exceptions (a PIN reset) — never their own work.
public enum OperatorRole: String, Codable, Hashable, Sendable, CaseIterable {
    case `operator` = "operator"
    case supervisor
}

/// Who is signed in at the counter (the screen always shows it; the audit trail names `id`).
public struct OperatorIdentity: Hashable, Sendable {
    /// `OP-0042`.
    public var id: String
    public var name: String
    public var role: OperatorRole
    /// The facilitation centre, as the trust bundle names it.
    public var centre: String

    public init(id: String, name: String, role: OperatorRole, centre: String) {
        self.id = id
        self.name = name
        self.role = role
        self.centre = centre
    }
}

/// The answer to a sign-in at the counter.
public enum OperatorSignInResult: Hashable, Sendable {
    /// Signed in with a password.
    case signedIn(OperatorIdentity)
    /// Signed in with a first-time code: the operator must set a password now (`OperatorDirectory.setPassword`).
    case mustSetPassword(OperatorIdentity)
    /// Refused, in plain words for the operator (wrong secret with the tries left, another centre's account,
    /// no trust bundle yet…). Never holds the secret.
    case refused(String)
    /// Too many wrong tries: every secret is refused unchecked until then.
    case lockedOut(until: Date)
    /// No such account in this kiosk's trust bundle, or it is disabled (one answer for both, on purpose).
    case unknownOrDisabled
}
