import Foundation

/// Operator sign-in: the id, the password (or first-time code, shown as dots) and what the check said.
public struct OperatorSignInScreen: Equatable, Sendable {
    /// The longest id or password taken.
    public static let maxLength = 64

    /// The operator id typed, e.g. `OP-0042`.
    public var id: String
    /// The password or first-time code typed; never shown.
    public var secret: String
    /// Which field takes the keys.
    public var focus: SignInField
    /// True while waiting for the check.
    public var isChecking: Bool
    /// What went wrong (or right) last.
    public var note: SignInNote?

    /// An empty sign-in, focus on the id.
    public init(id: String = "", secret: String = "", focus: SignInField = .id, isChecking: Bool = false, note: SignInNote? = nil) {
        self.id = id
        self.secret = secret
        self.focus = focus
        self.isChecking = isChecking
        self.note = note
    }

    /// True when nothing is typed, awaited or shown.
    public var isResting: Bool { id.isEmpty && secret.isEmpty && !isChecking && note == nil }
}

/// The two fields of the sign-in.
public enum SignInField: Equatable, Sendable {
    case id
    case secret
}

/// A message under the sign-in fields.
public enum SignInNote: Equatable, Sendable {
    /// The directory refused, with its plain reason.
    case refused(String)
    /// Too many failures: locked until then.
    case lockedOut(until: Date)
    /// No such operator at this centre, or disabled.
    case unknownOrDisabled
    /// The operator was signed out after being idle.
    case signedOutIdle
    /// The new password was saved; sign in with it.
    case passwordSet
}
