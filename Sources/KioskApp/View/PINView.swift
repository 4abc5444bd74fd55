import Screen

/// PIN: greeting, one instruction, four slots shown as dots.
enum PINView {
    /// Draws the PIN screen.
    static func draw(_ pin: PINScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let body = Chrome.draw(state, legend: "Enter: continue   Backspace: erase   Esc: back", on: &frame)
        let slots = (0..<PINScreen.length).map { $0 < pin.digits.count ? String(mode.secretDot) : "_" }.joined(separator: "  ")
        var items = Greeting.items(for: state.citizen, mode: mode)
        items += [.gap(), .text("Enter your 4-digit PIN"), .gap(), .text(slots, KioskStyle.title), .gap(), status(pin, mode: mode)]
        BodyLayout.draw(items, in: body, on: &frame)
    }

    /// "Wrong PIN. 2 tries left.", "Checking…" or nothing.
    private static func status(_ pin: PINScreen, mode: GlyphMode) -> BodyItem {
        if pin.isChecking { return .text("Checking\(mode.ellipsis)") }
        guard let left = pin.triesLeft else { return .text(" ") }
        return .text("Wrong PIN. \(left) \(left == 1 ? "try" : "tries") left.", KioskStyle.attention)
    }
}
