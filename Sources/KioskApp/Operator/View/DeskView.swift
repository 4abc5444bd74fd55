import Screen

/// Draws an operator screen.
enum DeskView {
    /// Draws `desk`.
    static func draw(_ desk: DeskScreen, _ state: KioskState, on frame: inout Frame) {
        switch desk {
        case .signIn(let signIn): SignInView.draw(signIn, state, on: &frame)
        case .setPassword(let setting): SetPasswordView.draw(setting, state, on: &frame)
        case .menu(let menu): DeskMenuView.draw(menu, state, on: &frame)
        case .find(let find): FindCitizenView.draw(find, state, on: &frame)
        case .record(let record): CitizenRecordView.draw(record, state, on: &frame)
        case .coSign(let coSign): CoSignView.draw(coSign, state, on: &frame)
        case .newPIN(let entry): NewPINView.draw(entry, state, on: &frame)
        case .issuedPass(let issued): IssuedPassView.draw(issued, state, on: &frame)
        case .outbox(let outbox): OutboxView.draw(outbox, state, on: &frame)
        case .usb(let usb): USBView.draw(usb, state, on: &frame)
        }
    }

    /// Width of the form blocks.
    static let formWidth = 60

    /// One form line: a marker for the focused field, the label and the value.
    static func field(_ label: String, _ value: String, focused: Bool) -> BodyItem {
        DeskText.left((focused ? "> " : "  ") + label + value + (focused ? "_" : ""), width: formWidth, focused ? KioskStyle.title : .plain, rightToLeft: false)
    }

    /// Dots for a secret of `count` characters (at most 24 shown).
    static func dots(_ count: Int, _ mode: GlyphMode) -> String { String(repeating: mode.secretDot, count: min(count, 24)) }
}
