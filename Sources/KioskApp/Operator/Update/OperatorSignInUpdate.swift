import Screen

extension KioskState {
    /// Sign-in: type the id, Tab or Enter to the password, Enter signs in; Esc clears (on a walk-in
    /// kiosk it goes back to Welcome).
    func reduceSignInKey(_ key: KeyEvent, _ current: OperatorSignInScreen) -> ScreenTransition<OperatorSignInScreen> {
        guard !current.isChecking else { return .stay(current) }
        var signIn = current
        switch key {
        case .tab, .backTab, .up, .down:
            signIn.focus = signIn.focus == .id ? .secret : .id
        case .escape:
            if !settings.opensOnOperatorSignIn { return .welcome(forceWipe: true) }
            signIn = OperatorSignInScreen()
        case .enter:
            if signIn.focus == .id {
                if !signIn.id.isEmpty { signIn.focus = .secret }
                return .stay(signIn)
            }
            guard !signIn.id.isEmpty, !signIn.secret.isEmpty else { return .stay(signIn) }
            let effect = KioskEffect.desk(.signIn(id: signIn.id, secret: signIn.secret))
            signIn.isChecking = true
            signIn.note = nil
            return .stay(signIn, effects: [effect])
        default:
            signIn.note = nil
            if signIn.focus == .id {
                _ = DeskTextInput.type(key, into: &signIn.id, limit: OperatorSignInScreen.maxLength, allowSpaces: false)
            } else {
                _ = DeskTextInput.type(key, into: &signIn.secret, limit: OperatorSignInScreen.maxLength)
            }
        }
        return .stay(signIn)
    }

    /// The directory answered a sign-in: the menu, a first password, or why not (the password is
    /// forgotten either way).
    mutating func handleSignInAnswered(_ result: DeskSignInResult) -> [KioskEffect] {
        guard case .desk(.signIn(let signIn)) = screen, signIn.isChecking else { return [] }
        var refused = OperatorSignInScreen(id: signIn.id, focus: .secret)
        switch result {
        case .signedIn(let signedIn):
            return beginOperatorSession(signedIn)
        case .mustSetPassword(let account):
            screen = .desk(.setPassword(SetPasswordScreen(account: account, code: signIn.secret)))
            return []
        case .refused(let reason): refused.note = .refused(reason)
        case .lockedOut(let until): refused.note = .lockedOut(until: until)
        case .unknownOrDisabled: refused.note = .unknownOrDisabled
        }
        screen = .desk(.signIn(refused))
        return []
    }

    /// First password: typed twice (at least 8 characters, both the same); Enter on the second saves.
    func reduceSetPasswordKey(_ key: KeyEvent, _ current: SetPasswordScreen) -> ScreenTransition<SetPasswordScreen> {
        guard !current.isSaving else { return .stay(current) }
        var screen = current
        switch key {
        case .tab, .backTab, .up, .down:
            screen.focus = screen.focus == .first ? .second : .first
        case .escape:
            return .go(.desk(.signIn(OperatorSignInScreen(id: current.account.id))))
        case .enter where screen.focus == .first:
            guard screen.first.count >= SetPasswordScreen.minimumLength else {
                screen.note = .tooShort
                return .stay(screen)
            }
            screen.focus = .second
        case .enter:
            guard screen.first.count >= SetPasswordScreen.minimumLength else {
                screen.note = .tooShort
                screen.focus = .first
                return .stay(screen)
            }
            guard screen.first == screen.second else {
                screen.note = .different
                screen.first = ""
                screen.second = ""
                screen.focus = .first
                return .stay(screen)
            }
            screen.isSaving = true
            screen.note = nil
            return .stay(screen, effects: [.desk(.setPassword(id: screen.account.id, code: screen.code, newPassword: screen.first))])
        default:
            screen.note = nil
            if screen.focus == .first {
                _ = DeskTextInput.type(key, into: &screen.first, limit: OperatorSignInScreen.maxLength)
            } else {
                _ = DeskTextInput.type(key, into: &screen.second, limit: OperatorSignInScreen.maxLength)
            }
        }
        return .stay(screen)
    }

    /// The password was saved: signed in.
    mutating func handlePasswordSet(_ account: DeskOperator) -> [KioskEffect] {
        guard case .desk(.setPassword(let setting)) = screen, setting.isSaving else { return [] }
        return beginOperatorSession(account)
    }

    /// The password was refused: say why, type it again.
    mutating func handlePasswordRefused(_ reason: String) -> [KioskEffect] {
        guard case .desk(.setPassword(let setting)) = screen, setting.isSaving else { return [] }
        var again = SetPasswordScreen(account: setting.account, code: setting.code)
        again.note = .refused(reason)
        screen = .desk(.setPassword(again))
        return []
    }
}
