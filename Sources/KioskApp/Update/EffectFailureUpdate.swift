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
        if case .desk(let desk) = screen, handleDeskFailure(desk, detail: detail) { return [] }
        return apply(failureTransition(reason), staying: { $0 })
    }

    /// What a failure does to the screen waiting for it; any other screen stays as it is.
    private func failureTransition(_ reason: NoticeReason) -> ScreenTransition<KioskScreen> {
        switch screen {
        case .welcome(let welcome) where welcome.phase != .typing:
            .endSession(reason)
        case .pin(let pin) where pin.isChecking:
            .endSession(reason)
        case .myPass(.preparing), .applications(MyApplicationsScreen(receipts: nil)):
            .go(.notice(Notice(reason, exit: .home)))
        case .services(let list) where list.phase == .loading || list.isStarting:
            .go(.notice(Notice(reason, exit: .home)))
        case .wizard(let wizard) where wizard.phase == .submitting:
            .go(.wizard(wizard.withPhase(.problem(.couldNotSave))))
        case .changePIN(let change) where change.stage == .saving:
            .go(.notice(Notice(reason, exit: .home)))
        default:
            .stay(screen)
        }
    }

    /// True on the screens of a signed-in citizen (Home and what it leads to).
    private var isHomeLevel: Bool {
        switch screen {
        case .home, .myPass, .services, .wizard, .receipt, .applications, .changePIN: true
        case .notice(let notice): notice.exit == .home
        case .welcome, .pin, .desk: false
        }
    }
}
