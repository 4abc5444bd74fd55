import Screen

extension KioskState {
    /// Keys pass, in order: Ctrl-C (dropped), the idle warning (a key only dismisses it), the operator
    /// chord and prompt, the too-small guard, then the shown screen's reducer, whose transition
    /// `apply` carries out.
    mutating func handleKey(_ key: KeyEvent) -> [KioskEffect] {
        if key == .control("c") { return [] }
        lastActivity = now
        if idleWarningDeadline != nil {
            idleWarningDeadline = nil
            return []
        }
        if let effects = handleOperatorKey(key) { return effects }
        if isTooSmall { return [] }
        if case .welcome(let welcome) = screen, key == .tab, welcome.phase == .typing {
            chooseNextLanguage()
            return []
        }
        switch screen {
        case .welcome(let welcome): return apply(reduceWelcomeKey(key, welcome), staying: KioskScreen.welcome)
        case .pin(let pin): return apply(reducePINKey(key, pin), staying: KioskScreen.pin)
        case .home(let home): return apply(reduceHomeKey(key, home), staying: KioskScreen.home)
        case .myPass(let pass): return apply(reduceMyPassKey(key, pass), staying: KioskScreen.myPass)
        case .services(let list): return apply(reduceServiceListKey(key, list), staying: KioskScreen.services)
        case .wizard(let wizard): return apply(reduceWizardKey(key, wizard), staying: KioskScreen.wizard)
        case .receipt(let receipt): return apply(reduceReceiptKey(key, receipt), staying: KioskScreen.receipt)
        case .applications(let applications): return apply(reduceApplicationsKey(key, applications), staying: KioskScreen.applications)
        case .notice(let notice): return apply(reduceNoticeKey(key, notice), staying: KioskScreen.notice)
        case .desk(let desk): return handleDeskKey(key, desk)
        case .changePIN(let change): return apply(reduceChangePINKey(key, change), staying: KioskScreen.changePIN)
        }
    }

    /// A new terminal size: the next frame is laid out for it.
    mutating func handleResize(_ newSize: TerminalSize) -> [KioskEffect] {
        size = newSize
        return []
    }
}
