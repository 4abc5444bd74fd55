import IdentityCore
import Screen

extension KioskState {
    /// Up to 4 digits; Enter with 4 submits (no auto-submit, so a habitual Enter never lands on
    /// Home); Backspace erases; Esc gives up and goes back to Welcome.
    func reducePINKey(_ key: KeyEvent, _ current: PINScreen) -> ScreenTransition<PINScreen> {
        guard !current.isChecking, let cnic = citizen?.cnic else { return .stay(current) }
        var pin = current
        switch key {
        case .character(let character) where character.isASCIIDigitForEntry:
            if pin.digits.count < PINScreen.length { pin.digits.append(character) }
            return .stay(pin)
        case .backspace:
            if !pin.digits.isEmpty { pin.digits.removeLast() }
            return .stay(pin)
        case .enter:
            guard pin.digits.count == PINScreen.length else { return .stay(pin) }
            let digits = pin.digits
            pin.digits = ""
            pin.isChecking = true
            return .stay(pin, effects: [.checkPIN(cnic, pin: digits)])
        case .escape:
            return .welcome()
        default:
            return .stay(pin)
        }
    }

    /// The PIN was checked: Home, try again, or locked out.
    mutating func handlePINChecked(_ outcome: PINPolicy.Outcome) -> [KioskEffect] {
        guard case .pin(let pin) = screen, pin.isChecking, citizen != nil else { return [] }
        return apply(pinTransition(for: outcome), staying: KioskScreen.pin)
    }

    /// Where a checked PIN leads.
    private func pinTransition(for outcome: PINPolicy.Outcome) -> ScreenTransition<PINScreen> {
        switch outcome {
        case .accepted: .go(.home(HomeScreen()))
        case .wrong(let triesLeft): .stay(PINScreen(triesLeft: triesLeft))
        case .locked(let until): .endSession(.pinLocked(until: until))
        case .noPIN: .endSession(.noPINYet)
        }
    }
}
