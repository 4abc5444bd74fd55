import Screen

extension KioskState {
    /// Keys pass, in order: Ctrl-C (dropped), the idle warning (a key only dismisses it), the operator
    /// chord and prompt, the too-small guard, then the screen's own handler.
    mutating func handleKey(_ key: KeyEvent) -> [KioskEffect] {
        if key == .control("c") { return [] }
        lastActivity = now
        if idleWarningDeadline != nil {
            idleWarningDeadline = nil
            return []
        }
        if let effects = handleOperatorKey(key) { return effects }
        if isTooSmall { return [] }
        switch screen {
        case .welcome(var welcome):
            let effects = handleWelcomeKey(key, &welcome)
            if case .welcome = screen { screen = .welcome(welcome) }
            return effects
        case .pin(var pin):
            let effects = handlePINKey(key, &pin)
            if case .pin = screen { screen = .pin(pin) }
            return effects
        case .home(var home):
            let effects = handleHomeKey(key, &home)
            if case .home = screen { screen = .home(home) }
            return effects
        case .myPass:
            return handleMyPassKey(key)
        case .services(var list):
            let effects = handleServiceListKey(key, &list)
            if case .services = screen { screen = .services(list) }
            return effects
        case .wizard(var wizard):
            let effects = handleWizardKey(key, &wizard)
            if case .wizard = screen { screen = .wizard(wizard) }
            return effects
        case .receipt(var receipt):
            let effects = handleReceiptKey(key, &receipt)
            if case .receipt = screen { screen = .receipt(receipt) }
            return effects
        case .applications(var applications):
            let effects = handleApplicationsKey(key, &applications)
            if case .applications = screen { screen = .applications(applications) }
            return effects
        case .notice(let notice):
            return handleNoticeKey(key, notice)
        }
    }

    /// A new terminal size: the next frame is laid out for it.
    mutating func handleResize(_ newSize: TerminalSize) -> [KioskEffect] {
        size = newSize
        return []
    }
}
