/// First sign-in with a one-time code: the operator chooses a password and types it twice.
public struct SetPasswordScreen: Equatable, Sendable {
    /// The shortest password taken.
    public static let minimumLength = 8

    /// Who is setting their password.
    public var account: DeskOperator
    /// The first-time code they signed in with (the directory checks it again).
    public var code: String
    /// The new password; never shown.
    public var first: String
    /// The same again; never shown.
    public var second: String
    /// Which field takes the keys.
    public var focus: SetPasswordField
    /// True while the password is being saved.
    public var isSaving: Bool
    /// What is wrong.
    public var note: SetPasswordNote?

    /// The screen for `account`, who signed in with `code`.
    public init(account: DeskOperator, code: String) {
        self.account = account
        self.code = code
        self.first = ""
        self.second = ""
        self.focus = .first
        self.isSaving = false
        self.note = nil
    }
}

/// The two password fields.
public enum SetPasswordField: Equatable, Sendable {
    case first
    case second
}

/// Why the new password was not taken.
public enum SetPasswordNote: Equatable, Sendable {
    case tooShort
    case different
    /// The directory refused, with its reason.
    case refused(String)
}
