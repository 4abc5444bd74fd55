import Screen

/// "Are you still there? Press any key" with the seconds left, over whatever screen was showing.
enum IdleWarningView {
    /// Draws the warning box.
    static func draw(secondsLeft: Int, _ state: KioskState, on frame: inout Frame) {
        let inside = OverlayBox.draw(width: 44, height: 8, mode: state.settings.glyphMode, on: &frame)
        BodyLayout.draw([
            .text(state.text("idle.title"), KioskStyle.title),
            .text(state.text("idle.press")),
            .gap(),
            .text(secondsLeft == 1 ? state.text("idle.closingOne") : state.text("idle.closingMany", ["count": "\(secondsLeft)"]), KioskStyle.attention),
        ], in: inside, on: &frame)
    }
}
