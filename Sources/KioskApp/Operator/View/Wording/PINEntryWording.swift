import Foundation
import IdentityCore

/// The words of the co-sign screen, from the string catalogs (`desk.coSign.*`), and of Change PIN (the new-PIN
/// screen's are in the catalogs too: `NewPINWording`). A refusal the accounts give is shown as it comes.
enum PINEntryWording {
    static func coSignTitle(_ state: KioskState) -> String { state.text("desk.coSign.title") }
    static func coSignExplain(_ state: KioskState) -> String { state.text("desk.coSign.explain") }
    static func coSignLegend(_ state: KioskState) -> String { state.text("desk.coSign.legend") }
    static func coSignIDLabel(_ state: KioskState) -> String { state.text("desk.coSign.id") }
    static func coSignSecretLabel(_ state: KioskState) -> String { state.text("desk.coSign.password") }

    static func note(_ note: CoSignNote, _ state: KioskState) -> String {
        switch note {
        case .samePerson: state.text("desk.coSign.samePerson")
        case .notSupervisor: state.text("desk.coSign.notSupervisor")
        case .refused(let reason): reason
        case .lockedOut(let until): state.text("desk.coSign.lockedOut", ["time": PakistanTime.time(until)])
        case .unknownOrDisabled: state.text("desk.coSign.unknownOrDisabled")
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
