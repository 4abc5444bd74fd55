extension KioskState {
    /// Goes to Welcome (with an optional note), forgetting the citizen and any prompt. Wipes the
    /// terminal when a citizen was on screen, or always when `forceWipe` is set.
    mutating func returnToWelcome(note: WelcomeNote? = nil, forceWipe: Bool = false) -> [KioskEffect] {
        let hadCitizen = citizen != nil
        citizen = nil
        screen = .welcome(WelcomeScreen(note: note))
        idleWarningDeadline = nil
        operatorExit = .idle
        return hadCitizen || forceWipe ? [.wipeScreen] : []
    }

    /// Shows a notice that leads back to Welcome; the session ends now (and is wiped if there was one).
    mutating func endSession(with reason: NoticeReason) -> [KioskEffect] {
        let effects = returnToWelcome()
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
