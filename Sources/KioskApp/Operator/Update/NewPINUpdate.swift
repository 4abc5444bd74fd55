import IdentityCore
import Screen

extension KioskState {
    /// The citizen types the new PIN, Enter, the same again, Enter. A weak PIN is refused at the first
    /// Enter with the reason; a different second entry starts again. Esc goes back to the record.
    func reduceNewPINKey(_ key: KeyEvent, _ current: NewPINScreen) -> ScreenTransition<NewPINScreen> {
        var entry = current
        switch entry.stage {
        case .saving:
            return .stay(entry)
        case .first:
            if key == .escape { return .go(.desk(.record(CitizenRecordScreen(record: entry.record, cardCheck: .checked)))) }
            if key == .enter {
                guard entry.first.count == PINScreen.length else { return .stay(entry) }
                if let weakness = PINStrength.weakness(of: entry.first, birthDate: entry.record.birthDate) {
                    entry.first = ""
                    entry.note = .weak(weakness)
                    return .stay(entry)
                }
                entry.stage = .second
                entry.note = nil
                return .stay(entry)
            }
            if DeskTextInput.typePIN(key, into: &entry.first) { entry.note = nil }
        case .second:
            if key == .escape {
                entry.first = ""
                entry.second = ""
                entry.stage = .first
                return .stay(entry)
            }
            if key == .enter {
                guard entry.second.count == PINScreen.length else { return .stay(entry) }
                guard entry.second == entry.first else {
                    entry.first = ""
                    entry.second = ""
                    entry.stage = .first
                    entry.note = .different
                    return .stay(entry)
                }
                let pin = entry.first
                entry.first = ""
                entry.second = ""
                entry.stage = .saving
                var coSigner: String?
                var revoke = false
                if case .reset(let supervisor, let revokeOldPass) = entry.purpose {
                    coSigner = supervisor.id
                    revoke = revokeOldPass
                }
                return .stay(entry, effects: [.desk(.setPIN(entry.record.cnic, pin: pin, operatorID: operatorID, coSignerID: coSigner, revokeOldPass: revoke))])
            }
            _ = DeskTextInput.typePIN(key, into: &entry.second)
        }
        return .stay(entry)
    }

    /// The PIN is saved and the pass issued: show the pass.
    mutating func handlePINSaved(_ updated: DeskCitizenRecord, _ pass: IssuedPass) -> [KioskEffect] {
        guard case .desk(.newPIN(let entry)) = screen, entry.stage == .saving, entry.record.cnic == updated.cnic else { return [] }
        screen = .desk(.issuedPass(IssuedPassScreen(record: updated, pass: pass)))
        return []
    }
}
