extension KioskState {
    /// Goes to Welcome (with an optional note), forgetting the citizen, any prompt and the session's
    /// language. Wipes the terminal when a citizen was on screen, or always when `forceWipe` is set.
    mutating func returnToWelcome(note: WelcomeNote? = nil, forceWipe: Bool = false) -> [KioskEffect] {
        let hadCitizen = citizen != nil
        let signedOut = operatorSession?.signedIn
        citizen = nil
        operatorSession = nil
        screen = settings.opensOnOperatorSignIn ? .desk(.signIn(OperatorSignInScreen())) : .welcome(WelcomeScreen(note: note))
        idleWarningDeadline = nil
        operatorExit = .idle
        sessionLanguage = nil
        var effects: [KioskEffect] = hadCitizen || forceWipe || signedOut != nil ? [.wipeScreen] : []
        if let signedOut { effects.append(.desk(.signOut(operatorID: signedOut.id))) }
        return effects
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
        if let record = operatorSession?.assisting {
            // Applying on a citizen's behalf: "Home" is the citizen's record on the operator's desk.
            citizen = nil
            operatorSession?.assisting = nil
            screen = .desk(.record(CitizenRecordScreen(record: record, cardCheck: .checked)))
            return []
        }
        screen = .home(HomeScreen(highlighted: item))
        return []
    }
}
