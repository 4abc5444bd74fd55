import Screen

/// The receipt: tracking number (big, spaced for reading aloud, and as a QR code black on
/// white), fee and payment reference, processing time, where to collect, documents to bring.
enum ReceiptView {
    /// Draws the receipt screen.
    static func draw(_ screen: ReceiptScreen, _ state: KioskState, on frame: inout Frame) {
        let rtl = state.isRightToLeft
        let layout = ReceiptLayout(screen, state)
        let split = ReceiptLayout.needsSecondPage(screen, state)
        let legend = state.text(split && screen.page == 0 ? "receipt.legendMore" : "receipt.legendDone")
        let assisted = state.operatorSession.map { state.text("receipt.assisted", ["operator": $0.signedIn.id]) }
        _ = Chrome.draw(state, legend: legend, on: &frame, footnote: assisted)
        let items: [BodyItem]
        if screen.page == 1 {
            let tracking = state.text("receipt.tracking", ["tracking": screen.receipt.tracking])
            items = [.left(tracking, width: layout.text.width, KioskStyle.quiet, rightToLeft: rtl), .gap()] + layout.documents(screen.receipt)
        } else if split {
            items = layout.summary(screen.receipt) + [.gap(), .left(state.text("receipt.pressForDocuments"), width: layout.text.width, KioskStyle.attention, rightToLeft: rtl)]
        } else {
            items = layout.summary(screen.receipt) + [.gap()] + layout.documents(screen.receipt)
        }
        BodyLayout.draw(items, in: layout.text, on: &frame)
        if let code = layout.code { MyPassView.drawGrid(code.grid, x: code.x, y: code.y, on: &frame) }
    }
}
