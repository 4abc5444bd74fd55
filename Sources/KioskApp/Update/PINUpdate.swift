import IdentityCore
import Screen

extension KioskState {
    /// Up to 4 digits; Enter with 4 submits (no auto-submit, so a habitual Enter never lands on
    /// Home); Backspace erases; Esc gives up and goes back to Welcome.
    mutating func handlePINKey(_ key: KeyEvent, _ pin: inout PINScreen) -> [KioskEffect] {
        guard !pin.isChecking, let cnic = citizen?.cnic else { return [] }
        switch key {
        case .character(let character) where character.isASCIIDigitForEntry:
            if pin.digits.count < PINScreen.length { pin.digits.append(character) }
            return []
        case .backspace:
            if !pin.digits.isEmpty { pin.digits.removeLast() }
            return []
        case .enter:
            guard pin.digits.count == PINScreen.length else { return [] }
            let digits = pin.digits
            pin.digits = ""
            pin.isChecking = true
            return [.checkPIN(cnic, pin: digits)]
        case .escape:
            return returnToWelcome()
        default:
            return []
        }
    }

    /// The PIN was checked: Home, try again, or locked out.
    mutating func handlePINChecked(_ outcome: PINPolicy.Outcome) -> [KioskEffect] {
        guard case .pin(var pin) = screen, pin.isChecking, citizen != nil else { return [] }
        switch outcome {
        case .accepted:
            screen = .home(HomeScreen())
            return []
        case .wrong(let triesLeft):
            pin = PINScreen(triesLeft: triesLeft)
            screen = .pin(pin)
            return []
        case .locked(let until):
            return endSession(with: .pinLocked(until: until))
        case .noPIN:
            return endSession(with: .noPINYet)
        }
    }
}
