import Screen

/// "Are you still there? Press any key" with the seconds left, over whatever screen was showing.
enum IdleWarningView {
    /// Draws the warning box.
    static func draw(secondsLeft: Int, _ state: KioskState, on frame: inout Frame) {
        let inside = OverlayBox.draw(width: 44, height: 8, mode: state.settings.glyphMode, on: &frame)
        BodyLayout.draw([
            .text("Are you still there?", KioskStyle.title),
            .text("Press any key"),
            .gap(),
            .text("Closing in \(secondsLeft) \(secondsLeft == 1 ? "second" : "seconds")", KioskStyle.attention),
        ], in: inside, on: &frame)
    }
}
