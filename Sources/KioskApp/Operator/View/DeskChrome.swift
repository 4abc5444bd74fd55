import Screen

/// The frame of every operator screen: the ordinary chrome, who is signed in (row 2), and a status line above
/// the legend for what needs the operator (paused applications, trust warnings); both flush right in Urdu and
/// Pashto.
enum DeskChrome {
    /// Draws the chrome; returns the body between the operator line and the status line.
    static func draw(_ state: KioskState, legend: String, on frame: inout Frame) -> Rect {
        let body = Chrome.draw(state, legend: legend, on: &frame)
        if let session = state.operatorSession {
            let who = DeskWording.signedIn(session.signedIn, state)
            frame.writeAligned(who, x: 1, width: frame.width - 2, y: 2, style: KioskStyle.quiet, rightToLeft: state.isRightToLeft)
        }
        if let status = statusLine(state) {
            frame.writeAligned(status, x: 1, width: frame.width - 2, y: frame.height - 2, style: KioskStyle.attention, rightToLeft: state.isRightToLeft)
        }
        return Rect(x: body.x, y: body.y, width: body.width, height: max(0, body.height - 1))
    }

    /// The most urgent thing for the operator, or nil.
    static func statusLine(_ state: KioskState) -> String? {
        if let reason = state.freezeReason { return FreezeWording.operatorReason(reason, state) }
        if let warning = state.connection.trustWarnings.first {
            return TrustWarningWording.line(warning, state, width: state.size.width - 2)
        }
        return nil
    }
}
