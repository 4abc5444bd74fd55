/// The words of the desk's new-PIN screen (the citizen types there), from the string catalogs
/// (`desk.newPIN.*`). A weak PIN's reason is IdentityCore's explanation.
enum NewPINWording {
    static func activateTitle(_ state: KioskState) -> String { state.text("desk.newPIN.activateTitle") }
    static func resetTitle(_ state: KioskState) -> String { state.text("desk.newPIN.resetTitle") }
    static func firstPrompt(_ state: KioskState) -> String { state.text("desk.newPIN.first") }
    static func secondPrompt(_ state: KioskState) -> String { state.text("desk.newPIN.second") }
    static func saving(_ state: KioskState) -> String { state.text("desk.newPIN.saving") }
    static func legend(_ state: KioskState) -> String { state.text("desk.newPIN.legend") }
    static func coSigned(_ supervisor: DeskOperator, _ state: KioskState) -> String {
        state.text("desk.newPIN.coSigned", ["id": supervisor.id, "name": supervisor.name])
    }

    static func note(_ note: NewPINNote, _ state: KioskState) -> String {
        switch note {
        case .weak(let weakness): weakness.explanation
        case .different: state.text("desk.newPIN.different")
        }
    }
}
