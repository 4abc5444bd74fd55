/// The words of operator sign-in and first password.
enum SignInWording {
    static let title = "Operator sign-in"
    static let idLabel = "Operator id: "
    static let secretLabel = "Password:    "
    static let hint = "First time? Type the one-time code as the password."
    static let checking = "Checking"
    static let legend = "Tab: next field   Enter: sign in   Esc: clear"
    static let walkInLegend = "Tab: next field   Enter: sign in   Esc: back"

    static func note(_ note: SignInNote) -> String {
        switch note {
        case .refused(let reason): reason
        case .lockedOut(let until): "Too many failed sign-ins. " + DeskWording.lockedUntil(until)
        case .unknownOrDisabled: "No such operator at this centre, or the account is disabled."
        case .signedOutIdle: "Signed out after a quiet spell. Please sign in again."
        case .passwordSet: "Password saved."
        }
    }

    static let setTitle = "Choose your password"
    static let firstLabel = "New password:   "
    static let secondLabel = "Same again:     "
    static let setHint = "At least \(SetPasswordScreen.minimumLength) characters. Nobody else should know it."
    static let saving = "Saving"
    static let setLegend = "Tab: next field   Enter: save   Esc: cancel"

    static func note(_ note: SetPasswordNote) -> String {
        switch note {
        case .tooShort: "The password needs at least \(SetPasswordScreen.minimumLength) characters."
        case .different: "The two passwords differ. Type them again."
        case .refused(let reason): reason
        }
    }
}
