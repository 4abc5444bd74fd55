import Screen

/// A supervisor's co-sign on the same screen.
enum CoSignView {
    static func draw(_ coSign: CoSignScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let body = DeskChrome.draw(state, legend: PINEntryWording.coSignLegend(state), on: &frame)
        var items: [BodyItem] = [.text(PINEntryWording.coSignTitle(state), KioskStyle.title), .text(coSign.record.nameLatin), .gap()]
        items += [.text(PINEntryWording.coSignExplain(state)), .gap()]
        items.append(DeskView.field(PINEntryWording.coSignIDLabel(state), coSign.id, focused: coSign.focus == .id && !coSign.isChecking))
        items.append(DeskView.field(PINEntryWording.coSignSecretLabel(state), DeskView.dots(coSign.secret.count, mode), focused: coSign.focus == .secret && !coSign.isChecking))
        items.append(.gap())
        if coSign.isChecking {
            items.append(.text(SignInWording.checking(state)))
        } else if let note = coSign.note {
            items.append(.text(PINEntryWording.note(note, state), KioskStyle.attention))
        }
        BodyLayout.draw(items, in: body, on: &frame)
    }
}
