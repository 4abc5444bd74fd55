import Screen

/// The citizen types a new PIN twice; only dots show.
enum NewPINView {
    static func draw(_ entry: NewPINScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let body = DeskChrome.draw(state, legend: NewPINWording.legend(state), on: &frame)
        var items: [BodyItem] = []
        switch entry.purpose {
        case .activate: items.append(.text(NewPINWording.activateTitle(state), KioskStyle.title))
        case .reset(let supervisor, _): items += [.text(NewPINWording.resetTitle(state), KioskStyle.title), .text(NewPINWording.coSigned(supervisor, state))]
        }
        items += [.text(entry.record.nameLatin), .gap()]
        let typed: Int
        switch entry.stage {
        case .first: items.append(.text(NewPINWording.firstPrompt(state))); typed = entry.first.count
        case .second: items.append(.text(NewPINWording.secondPrompt(state))); typed = entry.second.count
        case .saving: items.append(.text(NewPINWording.saving(state))); typed = 0
        }
        items += [.gap(), .text(PINSlots.text(typed, mode), KioskStyle.title), .gap()]
        if let note = entry.note {
            items.append(.text(NewPINWording.note(note, state), KioskStyle.attention))
        } else {
            items.append(.text(" "))
        }
        BodyLayout.draw(items, in: body, on: &frame)
    }
}

/// Four PIN slots: a dot per digit typed, `_` for the rest.
enum PINSlots {
    static func text(_ typed: Int, _ mode: GlyphMode) -> String {
        (0..<PINScreen.length).map { $0 < typed ? String(mode.secretDot) : "_" }.joined(separator: "  ")
    }
}
