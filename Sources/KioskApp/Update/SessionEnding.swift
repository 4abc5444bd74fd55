extension KioskState {
    /// Goes to Welcome (with an optional note), forgetting the citizen, any prompt and the session's
    /// language. Wipes the terminal when a citizen was on screen, or always when `forceWipe` is set.
    mutating func returnToWelcome(note: WelcomeNote? = nil, forceWipe: Bool = false) -> [KioskEffect] {
        let hadCitizen = citizen != nil
        citizen = nil
        screen = .welcome(WelcomeScreen(note: note))
        idleWarningDeadline = nil
        operatorExit = .idle
        sessionLanguage = nil
        return hadCitizen || forceWipe ? [.wipeScreen] : []
    }

    /// Shows a notice that leads back to Welcome; the session ends now (and is wiped if there was one).
    mutating func endSession(with reason: NoticeReason) -> [KioskEffect] {
        let language = sessionLanguage
        let effects = returnToWelcome()
        // The notice still speaks the session's language; leaving it (back to Welcome) resets it.
        sessionLanguage = language
        screen = .notice(Notice(reason, exit: .welcome))
        return effects
    }

    /// Back to the Home menu of the signed-in citizen.
    mutating func returnHome(highlighting item: HomeMenuItem = .myPass) -> [KioskEffect] {
        guard citizen != nil else { return returnToWelcome() }
        screen = .home(HomeScreen(highlighted: item))
        return []
    }
}
