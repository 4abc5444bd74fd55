import Screen

/// PIN: greeting, one instruction, four slots shown as dots.
enum PINView {
    /// Draws the PIN screen.
    static func draw(_ pin: PINScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let body = Chrome.draw(state, legend: state.text("pin.legend"), on: &frame)
        let slots = (0..<PINScreen.length).map { $0 < pin.digits.count ? String(mode.secretDot) : "_" }.joined(separator: "  ")
        var items = Greeting.items(state)
        items += [.gap(), .text(state.text("pin.instruction")), .gap(), .text(slots, KioskStyle.title), .gap(), status(pin, state)]
        BodyLayout.draw(items, in: body, on: &frame)
    }

    /// "Wrong PIN. 2 tries left.", "Checking…" or nothing.
    private static func status(_ pin: PINScreen, _ state: KioskState) -> BodyItem {
        if pin.isChecking { return .text(state.text("pin.checking")) }
        guard let left = pin.triesLeft else { return .text(" ") }
        return .text(left == 1 ? state.text("pin.wrongOne") : state.text("pin.wrongMany", ["count": "\(left)"]), KioskStyle.attention)
    }
}
