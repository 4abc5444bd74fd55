import Screen

/// Draws a state: the too-small message, or the screen with the operator prompt and the idle
/// warning on top.
enum KioskView {
    /// The whole frame for `state`, sized `state.size`.
    static func frame(for state: KioskState) -> Frame {
        var frame = Frame(size: state.size)
        if state.isTooSmall {
            TooSmallView.draw(state, on: &frame)
            return frame
        }
        switch state.screen {
        case .welcome(let welcome): WelcomeView.draw(welcome, state, on: &frame)
        case .pin(let pin): PINView.draw(pin, state, on: &frame)
        case .home(let home): HomeView.draw(home, state, on: &frame)
        case .myPass(let myPass): MyPassView.draw(myPass, state, on: &frame)
        case .services(let list): ServiceListView.draw(list, state, on: &frame)
        case .wizard(let wizard): WizardView.draw(wizard, state, on: &frame)
        case .receipt(let receipt): ReceiptView.draw(receipt, state, on: &frame)
        case .applications(let applications): MyApplicationsView.draw(applications, state, on: &frame)
        case .notice(let notice): NoticeView.draw(notice, state, on: &frame)
        case .desk(let desk): DeskView.draw(desk, state, on: &frame)
        case .changePIN(let change): ChangePINView.draw(change, state, on: &frame)
        }
        if state.operatorExit.isPromptOpen { OperatorPromptView.draw(state, on: &frame) }
        if let seconds = state.idleSecondsLeft { IdleWarningView.draw(secondsLeft: seconds, state, on: &frame) }
        return frame
    }
}
