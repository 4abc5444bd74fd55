import Screen

/// A supervisor's co-sign on the same screen.
enum CoSignView {
    static func draw(_ coSign: CoSignScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let body = DeskChrome.draw(state, legend: PINEntryWording.coSignLegend, on: &frame)
        var items: [BodyItem] = [.text(PINEntryWording.coSignTitle, KioskStyle.title), .text(coSign.record.nameLatin), .gap()]
        items += [.text(PINEntryWording.coSignExplain), .gap()]
        items.append(DeskView.field(PINEntryWording.coSignIDLabel, coSign.id, focused: coSign.focus == .id && !coSign.isChecking))
        items.append(DeskView.field(PINEntryWording.coSignSecretLabel, DeskView.dots(coSign.secret.count, mode), focused: coSign.focus == .secret && !coSign.isChecking))
        items.append(.gap())
        if coSign.isChecking {
            items.append(.text(SignInWording.checking + mode.ellipsis))
        } else if let note = coSign.note {
            items.append(.text(PINEntryWording.note(note), KioskStyle.attention))
        }
        BodyLayout.draw(items, in: body, on: &frame)
    }
}
