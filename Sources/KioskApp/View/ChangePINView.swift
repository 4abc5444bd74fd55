import Screen

/// Change PIN: one prompt at a time, dots only, in the session's language.
enum ChangePINView {
    /// Draws the Change PIN screen.
    static func draw(_ change: ChangePINScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let legend = change.stage == .done ? state.text("changePIN.legendDone") : state.text("pin.legend")
        let body = Chrome.draw(state, legend: legend, on: &frame)
        let typed: Int
        switch change.stage {
        case .old: typed = change.old.count
        case .first: typed = change.first.count
        case .second: typed = change.second.count
        case .saving, .done: typed = 0
        }
        var items: [BodyItem] = [.text(state.text("changePIN.title"), KioskStyle.title), .gap()]
        items.append(.text(prompt(change.stage, state)))
        if change.stage != .done && change.stage != .saving {
            let slots = (0..<PINScreen.length).map { $0 < typed ? String(mode.secretDot) : "_" }.joined(separator: "  ")
            items += [.gap(), .text(slots, KioskStyle.title)]
        }
        items.append(.gap())
        if let note = change.note {
            items.append(.text(words(note, state), KioskStyle.attention))
        } else {
            items.append(.text(" "))
        }
        BodyLayout.draw(items, in: body, on: &frame)
    }

    /// What to type now.
    static func prompt(_ stage: ChangePINStage, _ state: KioskState) -> String {
        switch stage {
        case .old: state.text("changePIN.old")
        case .first: state.text("changePIN.first")
        case .second: state.text("changePIN.second")
        case .saving: state.text("changePIN.saving")
        case .done: state.text("changePIN.done")
        }
    }

    /// Why the last try did not go through (a refusal from the central is shown as it came).
    static func words(_ note: ChangePINNote, _ state: KioskState) -> String {
        switch note {
        case .weak(let weakness): state.words(weakness)
        case .different: state.text("changePIN.different")
        case .wrongOld(let left): left == 1 ? state.text("changePIN.wrongOne") : state.text("changePIN.wrongMany", ["count": "\(left)"])
        case .refused(let reason): reason
        }
    }
}
