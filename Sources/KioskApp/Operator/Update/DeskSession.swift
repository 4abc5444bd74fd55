extension KioskState {
    /// The operator chord (Ctrl-X Ctrl-O) on a walk-in kiosk: the citizen's session ends (wiped) and
    /// operator sign-in opens. Already on an operator screen it does nothing.
    mutating func openOperatorSignIn() -> [KioskEffect] {
        if case .desk = screen { return [] }
        let hadCitizen = citizen != nil
        citizen = nil
        idleWarningDeadline = nil
        screen = .desk(.signIn(OperatorSignInScreen()))
        return hadCitizen ? [.wipeScreen] : []
    }

    /// An operator is signed in: their menu.
    mutating func beginOperatorSession(_ signedIn: DeskOperator) -> [KioskEffect] {
        operatorSession = OperatorSession(signedIn: signedIn, since: now)
        screen = .desk(.menu(DeskMenuScreen()))
        return []
    }

    /// The operator signs out: the screen is wiped and the kiosk rests on sign-in (desk) or Welcome.
    mutating func signOutOperator() -> [KioskEffect] {
        returnToWelcome(forceWipe: true)
    }

    /// True on operator screens that need a signed-in operator (all but sign-in and first password).
    static func needsOperator(_ desk: DeskScreen) -> Bool {
        switch desk {
        case .signIn, .setPassword: false
        default: true
        }
    }
}
