import Screen

/// The operator's exit prompt: the password shown as dots.
enum OperatorPromptView {
    /// Dots shown at most (a longer password still counts every character).
    static let maxDots = 24

    /// Draws the prompt box.
    static func draw(_ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let warnings = state.connection.trustWarnings
        let width = warnings.isEmpty ? 44 : max(44, min(66, frame.width - 4))
        let inside = OverlayBox.draw(width: width, height: 8 + warnings.count, mode: mode, title: "Operator", on: &frame)
        let line: String
        switch state.operatorExit {
        case .enteringPassword(let password):
            line = "Password: " + String(repeating: mode.secretDot, count: min(password.count, maxDots))
        default:
            line = "Checking\(mode.ellipsis)"
        }
        let warningLines: [BodyItem] = warnings.map {
            // The prompt is English throughout (for the counter), so its warnings are too.
            .text(TrustWarningWording.line($0, state, width: inside.width, inEnglish: true), KioskStyle.attention)
        }
        BodyLayout.draw([
            .text("Close the kiosk", KioskStyle.title),
        ] + warningLines + [
            .gap(),
            .text(line),
            .gap(),
            .text("Enter: close   Esc: cancel"),
        ], in: inside, on: &frame)
    }
}
