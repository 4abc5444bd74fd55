import Screen

extension KioskState {
    /// Keys on an operator screen, by screen. Without a signed-in operator only sign-in (and a first
    /// password) can be on screen: anything else falls back to sign-in, so no key sequence a citizen
    /// can press reaches the operator's screens.
    mutating func handleDeskKey(_ key: KeyEvent, _ desk: DeskScreen) -> [KioskEffect] {
        guard operatorSession != nil || !Self.needsOperator(desk) else {
            screen = .desk(.signIn(OperatorSignInScreen()))
            return [.wipeScreen]
        }
        switch desk {
        case .signIn(let signIn): return apply(reduceSignInKey(key, signIn), staying: { .desk(.signIn($0)) })
        case .setPassword(let setPassword): return apply(reduceSetPasswordKey(key, setPassword), staying: { .desk(.setPassword($0)) })
        case .menu(let menu): return handleDeskMenuKey(key, menu)
        case .find(let find): return apply(reduceFindKey(key, find), staying: { .desk(.find($0)) })
        case .record(let record): return handleRecordKey(key, record)
        case .coSign(let coSign): return apply(reduceCoSignKey(key, coSign), staying: { .desk(.coSign($0)) })
        case .newPIN(let newPIN): return apply(reduceNewPINKey(key, newPIN), staying: { .desk(.newPIN($0)) })
        case .issuedPass(let issued): return apply(reduceIssuedPassKey(key, issued), staying: { .desk(.issuedPass($0)) })
        case .outbox(let outbox): return apply(reduceOutboxKey(key, outbox), staying: { .desk(.outbox($0)) })
        case .usb(let usb): return apply(reduceUSBKey(key, usb), staying: { .desk(.usb($0)) })
        }
    }

    /// The signed-in operator's id ("" when none, which no effect is ever asked with).
    var operatorID: String { operatorSession?.signedIn.id ?? "" }
}
