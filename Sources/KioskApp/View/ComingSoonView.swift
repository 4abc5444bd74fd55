import Screen

/// "Coming soon" for menu entries not built yet.
enum ComingSoonView {
    /// Draws the Coming soon screen for `item`.
    static func draw(_ item: HomeMenuItem, _ state: KioskState, on frame: inout Frame) {
        let body = Chrome.draw(state, legend: "Enter or Esc: back", on: &frame)
        BodyLayout.draw([
            .text(item.title, KioskStyle.title),
            .gap(),
            .text("Coming soon."),
            .text("This is not ready yet at this kiosk."),
            .gap(),
            .text("Press Enter to go back"),
        ], in: body, on: &frame)
    }
}
