import IdentityCore
import Screen

extension KioskState {
    /// Change PIN: the old PIN and Enter, the new PIN and Enter (a weak one is refused with the reason),
    /// the same again and Enter; Esc goes Home.
    func reduceChangePINKey(_ key: KeyEvent, _ current: ChangePINScreen) -> ScreenTransition<ChangePINScreen> {
        var change = current
        if key == .escape, change.stage != .saving { return .home(highlighting: .changePIN) }
        switch change.stage {
        case .saving:
            break
        case .done:
            if key == .enter { return .home(highlighting: .changePIN) }
        case .old:
            if key == .enter, change.old.count == PINScreen.length {
                change.stage = .first
                change.note = nil
            } else if DeskTextInput.typePIN(key, into: &change.old) {
                change.note = nil
            }
        case .first:
            if key == .enter, change.first.count == PINScreen.length {
                if let weakness = PINStrength.weakness(of: change.first, birthDate: citizen?.birthDate) {
                    change.first = ""
                    change.note = .weak(weakness)
                } else {
                    change.stage = .second
                    change.note = nil
                }
            } else if DeskTextInput.typePIN(key, into: &change.first) {
                change.note = nil
            }
        case .second:
            if key == .enter, change.second.count == PINScreen.length {
                guard change.second == change.first, let cnic = citizen?.cnic else {
                    change.first = ""
                    change.second = ""
                    change.stage = .first
                    change.note = .different
                    return .stay(change)
                }
                let effect = KioskEffect.changePIN(cnic, old: change.old, new: change.first)
                change = ChangePINScreen(stage: .saving)
                return .stay(change, effects: [effect])
            }
            _ = DeskTextInput.typePIN(key, into: &change.second)
        }
        return .stay(change)
    }

    /// The change was checked: done, the old PIN wrong (start again), locked out (the session ends), or refused.
    mutating func handlePINChangeAnswered(_ outcome: PINChangeOutcome) -> [KioskEffect] {
        guard case .changePIN(let change) = screen, change.stage == .saving, citizen != nil else { return [] }
        switch outcome {
        case .changed:
            screen = .changePIN(ChangePINScreen(stage: .done))
            return []
        case .wrongOld(let triesLeft):
            screen = .changePIN(ChangePINScreen(note: .wrongOld(triesLeft: triesLeft)))
            return []
        case .locked(let until):
            return endSession(with: .pinLocked(until: until))
        case .refused(let reason):
            screen = .changePIN(ChangePINScreen(note: .refused(reason)))
            return []
        }
    }
}
