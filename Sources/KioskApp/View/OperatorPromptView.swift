import Screen

/// The operator's exit prompt, in the screen's language: the password shown as dots.
enum OperatorPromptView {
    /// Dots shown at most (a longer password still counts every character).
    static let maxDots = 24

    /// Draws the prompt box.
    static func draw(_ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let warnings = state.connection.trustWarnings
        let width = warnings.isEmpty ? 44 : max(44, min(66, frame.width - 4))
        let inside = OverlayBox.draw(width: width, height: 8 + warnings.count, mode: mode, title: state.text("exit.title"),
            rightToLeft: state.isRightToLeft, on: &frame)
        let line: String
        switch state.operatorExit {
        case .enteringPassword(let password):
            line = state.text("exit.password", ["dots": String(repeating: mode.secretDot, count: min(password.count, maxDots))])
        default:
            line = state.text("exit.checking")
        }
        let warningLines: [BodyItem] = warnings.map {
            .text(TrustWarningWording.line($0, state, width: inside.width), KioskStyle.attention)
        }
        BodyLayout.draw([
            .text(state.text("exit.heading"), KioskStyle.title),
        ] + warningLines + [
            .gap(),
            .text(line),
            .gap(),
            .text(state.text("exit.legend")),
        ], in: inside, on: &frame)
    }
}
