import IdentityCore
import Screen

extension KioskState {
    /// Digits fill the CNIC field; other printable characters collect in the hidden scan buffer
    /// (and so does everything after them, since a pass has digits too); Enter submits.
    mutating func handleWelcomeKey(_ key: KeyEvent, _ welcome: inout WelcomeScreen) -> [KioskEffect] {
        guard welcome.phase == .typing else { return [] }
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
            return []
        case .backspace:
            welcome.note = nil
            if !welcome.scanBuffer.isEmpty {
                welcome.scanBuffer = ""
            } else {
                welcome.entry.removeLast()
            }
            return []
        case .escape:
            welcome = WelcomeScreen()
            return []
        case .enter:
            return submitWelcome(&welcome)
        default:
            return []
        }
    }

    /// Enter: a scan wins over typed digits; a CNIC is checked before the registry is asked.
    private mutating func submitWelcome(_ welcome: inout WelcomeScreen) -> [KioskEffect] {
        if !welcome.scanBuffer.isEmpty {
            let scanned = welcome.scanBuffer
            welcome = WelcomeScreen()
            guard PassFormat.looksLikePass(scanned) else {
                welcome.note = .notAPassOrCNIC
                return []
            }
            welcome.phase = .checkingPass
            return [.verifyScannedPass(scanned)]
        }
        guard !welcome.entry.isEmpty else { return [] }
        do {
            let cnic = try CNIC(welcome.entry.digits)
            welcome.note = nil
            welcome.phase = .lookingUp(cnic)
            return [.lookUpCitizen(cnic)]
        } catch {
            welcome.note = .invalidCNIC(error)
            return []
        }
    }
}
