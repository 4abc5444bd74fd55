import IdentityCore

/// The words of the new-PIN, co-sign and Change PIN screens.
enum PINEntryWording {
    static let activateTitle = "Set a first PIN"
    static let resetTitle = "Reset the PIN"
    static let firstPrompt = "Citizen: type a new 4-digit PIN on the keypad, then Enter"
    static let secondPrompt = "Type the same PIN again, then Enter"
    static let saving = "Saving the PIN and issuing the pass"
    static let legend = "Enter: continue   Backspace: erase   Esc: back"

    static func coSigned(_ supervisor: DeskOperator) -> String { "Co-signed by \(supervisor.id) \(supervisor.name)" }

    static func note(_ note: NewPINNote) -> String {
        switch note {
        case .weak(let weakness): weakness.explanation
        case .different: "The two PINs differ. Please start again."
        }
    }

    static let coSignTitle = "Supervisor's co-sign"
    static let coSignExplain = "A PIN reset needs a supervisor, a different person from the operator signed in, to sign in here."
    static let coSignLegend = "Tab: next field   Enter: co-sign   Esc: back"
    static let coSignIDLabel = "Supervisor id: "
    static let coSignSecretLabel = "Password:      "

    static func note(_ note: CoSignNote) -> String {
        switch note {
        case .samePerson: "The operator signed in cannot co-sign their own reset. A different supervisor must sign."
        case .notSupervisor: "That account is not a supervisor. Only a supervisor can co-sign a reset."
        case .refused(let reason): reason
        case .lockedOut(let until): "Too many failed sign-ins. " + DeskWording.lockedUntil(until)
        case .unknownOrDisabled: "No such supervisor at this centre, or the account is disabled."
        }
    }

    static let changeTitle = "Change PIN"
    static func changePrompt(_ stage: ChangePINStage) -> String {
        switch stage {
        case .old: "Type your current PIN, then Enter"
        case .first: "Type a new 4-digit PIN, then Enter"
        case .second: "Type the new PIN again, then Enter"
        case .saving: "Saving"
        case .done: "Your PIN has been changed."
        }
    }

    static func note(_ note: ChangePINNote) -> String {
        switch note {
        case .weak(let weakness): weakness.explanation
        case .different: "The two new PINs differ. Please type the new PIN again."
        case .wrongOld(let left): "Wrong PIN. \(left) \(left == 1 ? "try" : "tries") left. Start again with your current PIN."
        case .refused(let reason): reason
        }
    }
}
