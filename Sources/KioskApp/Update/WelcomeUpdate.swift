import IdentityCore
import Screen

extension KioskState {
    /// Digits fill the CNIC field; other printable characters collect in the hidden scan buffer
    /// (and so does everything after them, since a pass has digits too); Enter submits.
    func reduceWelcomeKey(_ key: KeyEvent, _ current: WelcomeScreen) -> ScreenTransition<WelcomeScreen> {
        guard current.phase == .typing else { return .stay(current) }
        var welcome = current
        switch key {
        case .character(let character):
            welcome.note = nil
            if welcome.scanBuffer.isEmpty && character.isASCIIDigitForEntry {
                welcome.entry.append(character)
            } else if welcome.scanBuffer.isEmpty && (character == "-" || character == " ") {
                // Dashes appear by themselves; a typed one (or a space) is not the start of a scan.
            } else if welcome.scanBuffer.count < WelcomeScreen.maxScanLength {
                welcome.scanBuffer.append(character)
            }
            return .stay(welcome)
        case .backspace:
            welcome.note = nil
            if !welcome.scanBuffer.isEmpty {
                welcome.scanBuffer = ""
            } else {
                welcome.entry.removeLast()
            }
            return .stay(welcome)
        case .escape:
            return .stay(WelcomeScreen())
        case .enter:
            return submitWelcome(welcome)
        default:
            return .stay(welcome)
        }
    }

    /// Enter: a scan wins over typed digits; a CNIC is checked before the registry is asked.
    private func submitWelcome(_ current: WelcomeScreen) -> ScreenTransition<WelcomeScreen> {
        var welcome = current
        if !welcome.scanBuffer.isEmpty {
            let scanned = welcome.scanBuffer
            welcome = WelcomeScreen()
            guard PassFormat.looksLikePass(scanned) else {
                welcome.note = .notAPassOrCNIC
                return .stay(welcome)
            }
            welcome.phase = .checkingPass
            return .stay(welcome, effects: [.verifyScannedPass(scanned)])
        }
        guard !welcome.entry.isEmpty else { return .stay(welcome) }
        do {
            let cnic = try CNIC(welcome.entry.digits)
            welcome.note = nil
            welcome.phase = .lookingUp(cnic)
            return .stay(welcome, effects: [.lookUpCitizen(cnic)])
        } catch {
            welcome.note = .invalidCNIC(error)
            return .stay(welcome)
        }
    }
}
