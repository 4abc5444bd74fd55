import Screen

/// The receipt: tracking number (big, spaced for reading aloud, and as a QR code black on
/// white), fee and payment reference, processing time, where to collect, documents to bring.
enum ReceiptView {
    /// Draws the receipt screen.
    static func draw(_ screen: ReceiptScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let layout = ReceiptLayout(screen, settings: state.settings, size: frame.size)
        let split = ReceiptLayout.needsSecondPage(screen, settings: state.settings, size: frame.size)
        let legend = split && screen.page == 0 ? "Enter: more   Esc: done" : "Enter or Esc: done"
        let assisted = state.operatorSession.map { "Assisted by \($0.signedIn.id)" }
        _ = Chrome.draw(state, legend: legend, on: &frame, footnote: assisted)
        let items: [BodyItem]
        if screen.page == 1 {
            items = [.left("Tracking number \(screen.receipt.tracking)", width: layout.text.width, KioskStyle.quiet), .gap()]
                + layout.documents(screen.receipt, mode: mode)
        } else if split {
            items = layout.summary(screen.receipt, mode: mode) + [.gap(), .left("Press Enter for the documents to bring", width: layout.text.width, KioskStyle.attention)]
        } else {
            items = layout.summary(screen.receipt, mode: mode) + [.gap()] + layout.documents(screen.receipt, mode: mode)
        }
        BodyLayout.draw(items, in: layout.text, on: &frame)
        if let code = layout.code { MyPassView.drawGrid(code.grid, x: code.x, y: code.y, on: &frame) }
    }
}
