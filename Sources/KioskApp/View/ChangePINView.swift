import Screen

/// Change PIN: one prompt at a time, dots only.
enum ChangePINView {
    static func draw(_ change: ChangePINScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let legend = change.stage == .done ? "Enter: back" : "Enter: continue   Backspace: erase   Esc: back"
        let body = Chrome.draw(state, legend: legend, on: &frame)
        let typed: Int
        switch change.stage {
        case .old: typed = change.old.count
        case .first: typed = change.first.count
        case .second: typed = change.second.count
        case .saving, .done: typed = 0
        }
        var items: [BodyItem] = [.text(PINEntryWording.changeTitle, KioskStyle.title), .gap()]
        items.append(.text(PINEntryWording.changePrompt(change.stage) + (change.stage == .saving ? mode.ellipsis : "")))
        if change.stage != .done && change.stage != .saving { items += [.gap(), .text(PINSlots.text(typed, mode), KioskStyle.title)] }
        items.append(.gap())
        if let note = change.note {
            items.append(.text(PINEntryWording.note(note), KioskStyle.attention))
        } else {
            items.append(.text(" "))
        }
        BodyLayout.draw(items, in: body, on: &frame)
    }
}
