import Foundation

/// The words of operator sign-in and first password, from the string catalogs (`desk.signIn.*`). A refusal
/// the accounts give (`.refused`) is shown as it comes.
enum SignInWording {
    static func title(_ state: KioskState) -> String { state.text("desk.signIn.title") }
    static func idLabel(_ state: KioskState) -> String { state.text("desk.signIn.id") }
    static func secretLabel(_ state: KioskState) -> String { state.text("desk.signIn.password") }
    static func hint(_ state: KioskState) -> String { state.text("desk.signIn.hint") }
    static func checking(_ state: KioskState) -> String { state.text("desk.signIn.checking") }
    static func legend(_ state: KioskState) -> String { state.text("desk.signIn.legend") }
    static func walkInLegend(_ state: KioskState) -> String { state.text("desk.signIn.legend.walkIn") }

    static func note(_ note: SignInNote, _ state: KioskState) -> String {
        switch note {
        case .refused(let reason): reason
        case .lockedOut(let until): state.text("desk.signIn.lockedOut", ["time": PakistanTime.time(until)])
        case .unknownOrDisabled: state.text("desk.signIn.unknownOrDisabled")
        case .signedOutIdle: state.text("desk.signIn.signedOutIdle")
        case .passwordSet: state.text("desk.signIn.passwordSet")
        }
    }

    static func setTitle(_ state: KioskState) -> String { state.text("desk.signIn.set.title") }
    static func firstLabel(_ state: KioskState) -> String { state.text("desk.signIn.set.first") }
    static func secondLabel(_ state: KioskState) -> String { state.text("desk.signIn.set.second") }
    static func setHint(_ state: KioskState) -> String { state.text("desk.signIn.set.hint", ["count": String(SetPasswordScreen.minimumLength)]) }
    static func saving(_ state: KioskState) -> String { state.text("desk.signIn.set.saving") }
    static func setLegend(_ state: KioskState) -> String { state.text("desk.signIn.set.legend") }

    static func note(_ note: SetPasswordNote, _ state: KioskState) -> String {
        switch note {
        case .tooShort: state.text("desk.signIn.set.tooShort", ["count": String(SetPasswordScreen.minimumLength)])
        case .different: state.text("desk.signIn.set.different")
        case .refused(let reason): reason
        }
    }
}
