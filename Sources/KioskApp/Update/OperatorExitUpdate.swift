import Screen

extension KioskState {
    /// The longest operator password the prompt takes.
    static let maxOperatorPasswordLength = 128

    /// Handles the key if the operator chord or prompt wants it; nil lets the screen have it.
    mutating func handleOperatorKey(_ key: KeyEvent) -> [KioskEffect]? {
        switch operatorExit {
        case .idle:
            guard key == .control("x") else { return nil }
            operatorExit = .chordStarted
            return []
        case .chordStarted:
            if key == .control("q") {
                operatorExit = .enteringPassword("")
                return []
            }
            if key == .control("x") { return [] }
            operatorExit = .idle
            if key == .control("o") { return openOperatorSignIn() }
            return nil
        case .enteringPassword(var password):
            switch key {
            case .character(let character):
                if password.count < Self.maxOperatorPasswordLength { password.append(character) }
                operatorExit = .enteringPassword(password)
            case .backspace:
                if !password.isEmpty { password.removeLast() }
                operatorExit = .enteringPassword(password)
            case .escape:
                operatorExit = .idle
            case .enter where !password.isEmpty:
                operatorExit = .checking
                return [.checkOperatorPassword(password)]
            default:
                break
            }
            return []
        case .checking:
            return []
        }
    }

    /// Right password: wipe and quit. Wrong: back to Welcome with "Wrong password".
    mutating func handleOperatorPasswordChecked(_ accepted: Bool) -> [KioskEffect] {
        guard operatorExit == .checking else { return [] }
        if accepted {
            _ = returnToWelcome()
            return [.wipeScreen, .quit]
        }
        return returnToWelcome(note: .wrongOperatorPassword)
    }
}
