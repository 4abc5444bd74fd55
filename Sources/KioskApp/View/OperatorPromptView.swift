import Screen

/// The operator's exit prompt: the password shown as dots.
enum OperatorPromptView {
    /// Dots shown at most (a longer password still counts every character).
    static let maxDots = 24

    /// Draws the prompt box.
    static func draw(_ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let inside = OverlayBox.draw(width: 44, height: 8, mode: mode, title: "Operator", on: &frame)
        let line: String
        switch state.operatorExit {
        case .enteringPassword(let password):
            line = "Password: " + String(repeating: mode.secretDot, count: min(password.count, maxDots))
        default:
            line = "Checking\(mode.ellipsis)"
        }
        BodyLayout.draw([
            .text("Close the kiosk", KioskStyle.title),
            .gap(),
            .text(line),
            .gap(),
            .text("Enter: close   Esc: cancel"),
        ], in: inside, on: &frame)
    }
}
