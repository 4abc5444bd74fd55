import Screen

extension KioskState {
    /// The supervisor types their id and password on the same screen; the operator signed in may
    /// not co-sign their own reset. Esc goes back to the record.
    func reduceCoSignKey(_ key: KeyEvent, _ current: CoSignScreen) -> ScreenTransition<CoSignScreen> {
        guard !current.isChecking else { return .stay(current) }
        var coSign = current
        switch key {
        case .tab, .backTab, .up, .down:
            coSign.focus = coSign.focus == .id ? .secret : .id
        case .escape:
            return .go(.desk(.record(CitizenRecordScreen(record: coSign.record, cardCheck: .checked))))
        case .enter where coSign.focus == .id:
            if !coSign.id.isEmpty { coSign.focus = .secret }
        case .enter:
            guard !coSign.id.isEmpty, !coSign.secret.isEmpty else { return .stay(coSign) }
            if let signedIn = operatorSession?.signedIn, signedIn.isSamePerson(id: coSign.id) {
                coSign = CoSignScreen(record: coSign.record, revokeOldPass: coSign.revokeOldPass)
                coSign.note = .samePerson
                return .stay(coSign)
            }
            let effect = KioskEffect.desk(.coSign(id: coSign.id, secret: coSign.secret))
            coSign.secret = ""
            coSign.isChecking = true
            coSign.note = nil
            return .stay(coSign, effects: [effect])
        default:
            coSign.note = nil
            if coSign.focus == .id {
                _ = DeskTextInput.type(key, into: &coSign.id, limit: OperatorSignInScreen.maxLength, allowSpaces: false)
            } else {
                _ = DeskTextInput.type(key, into: &coSign.secret, limit: OperatorSignInScreen.maxLength)
            }
        }
        return .stay(coSign)
    }

    /// The co-sign was checked: a supervisor who is not the operator lets the citizen type a new PIN;
    /// anyone else is refused with the reason.
    mutating func handleCoSignAnswered(_ result: DeskSignInResult) -> [KioskEffect] {
        guard case .desk(.coSign(let coSign)) = screen, coSign.isChecking, let signedIn = operatorSession?.signedIn else { return [] }
        var refused = CoSignScreen(record: coSign.record, revokeOldPass: coSign.revokeOldPass)
        switch result {
        case .signedIn(let supervisor):
            if supervisor.isSamePerson(as: signedIn) {
                refused.note = .samePerson
            } else if supervisor.role != .supervisor {
                refused.note = .notSupervisor
            } else {
                screen = .desk(.newPIN(NewPINScreen(record: coSign.record, purpose: .reset(coSigner: supervisor, revokeOldPass: coSign.revokeOldPass))))
                return []
            }
        case .mustSetPassword:
            refused.note = .refused("That account has not chosen a password yet.")
        case .refused(let reason): refused.note = .refused(reason)
        case .lockedOut(let until): refused.note = .lockedOut(until: until)
        case .unknownOrDisabled: refused.note = .unknownOrDisabled
        }
        screen = .desk(.coSign(refused))
        return []
    }
}
