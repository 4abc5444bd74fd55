extension KioskState {
    /// An effect failed: whatever was being waited for becomes a calm "something went wrong" notice.
    /// A failure nobody is waiting for changes nothing (the runner logs it).
    mutating func handleEffectFailed(_ detail: String) -> [KioskEffect] {
        let reason = NoticeReason.somethingWentWrong(detail: detail)
        if operatorExit == .checking {
            operatorExit = .idle
            if citizen != nil, isHomeLevel {
                screen = .notice(Notice(reason, exit: .home))
                return []
            }
            return endSession(with: reason)
        }
        switch screen {
        case .welcome(let welcome) where welcome.phase != .typing:
            return endSession(with: reason)
        case .pin(let pin) where pin.isChecking:
            return endSession(with: reason)
        case .myPass(.preparing), .applications(MyApplicationsScreen(receipts: nil)):
            screen = .notice(Notice(reason, exit: .home))
            return []
        case .services(let list) where list.phase == .loading || list.isStarting:
            screen = .notice(Notice(reason, exit: .home))
            return []
        case .wizard(var wizard) where wizard.phase == .submitting:
            wizard.phase = .problem(.couldNotSave)
            screen = .wizard(wizard)
            return []
        default:
            return []
        }
    }

    /// True on the screens of a signed-in citizen (Home and what it leads to).
    private var isHomeLevel: Bool {
        switch screen {
        case .home, .myPass, .services, .wizard, .receipt, .applications: true
        case .notice(let notice): notice.exit == .home
        case .welcome, .pin: false
        }
    }
}
