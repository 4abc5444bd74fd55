import QRCode
import Screen
import Services

/// Where the receipt's parts go: the text on the left, the tracking number's QR code on the
/// right (when it fits), and the documents on a second page when the first cannot hold them.
/// Right to left it mirrors: the code on the left, the text on the right, labels on the right.
struct ReceiptLayout {
    /// Columns between the text and the code.
    static let gap = 3
    /// The narrowest text column worth putting beside the code.
    static let minimumTextWidth = 40

    /// The body rectangle.
    let body: Rect
    /// The text column.
    let text: Rect
    /// The code's cells and top-left corner, when it fits.
    let code: (grid: QRCellGrid, x: Int, y: Int)?
    /// The words' language, for the receipt's labels.
    let state: KioskState

    /// The layout for `screen` in `state`'s size and language.
    init(_ screen: ReceiptScreen, _ state: KioskState) {
        self.state = state
        body = Chrome.bodyRect(for: state.size)
        let grid = screen.code.map { MyPassView.renderer(for: state.settings.glyphMode).render($0) }
        if let grid, grid.height <= body.height, body.width - grid.width - Self.gap >= Self.minimumTextWidth {
            let mirrored = state.isRightToLeft
            let x = mirrored ? body.x : body.x + body.width - grid.width
            code = (grid, x, body.y + (body.height - grid.height) / 2)
            text = Rect(x: mirrored ? body.x + grid.width + Self.gap : body.x, y: body.y, width: body.width - grid.width - Self.gap, height: body.height)
        } else {
            code = nil
            text = body
        }
    }

    /// True when the documents do not fit on the first page at this size.
    static func needsSecondPage(_ screen: ReceiptScreen, _ state: KioskState) -> Bool {
        let layout = ReceiptLayout(screen, state)
        let all = layout.summary(screen.receipt) + [.gap()] + layout.documents(screen.receipt)
        return all.reduce(0) { $0 + BodyLayout.rows(of: $1, width: layout.text.width) } > layout.text.height
    }

    /// The receipt without its documents.
    func summary(_ receipt: ApplicationReceipt) -> [BodyItem] {
        let width = text.width, rtl = state.isRightToLeft
        let names = ["receipt.fee", "receipt.payWith", "receipt.readyIn", "receipt.collect"].map { state.text($0) }
        // As wide as the longest label and a space (10 in English).
        let label = max(10, (names.map(Frame.shapedWidth).max() ?? 0) + 2)
        func row(_ name: String, _ value: String) -> BodyItem { .labelled(name, value, labelWidth: label, width: width, rightToLeft: rtl) }
        return [
            .left(state.text("receipt.saved"), width: width, KioskStyle.title, rightToLeft: rtl),
            .left(state.localized(receipt.serviceTitle), width: width, rightToLeft: rtl),
            .gap(),
            .left(state.text("receipt.yourTracking"), width: width, rightToLeft: rtl),
            .left(ServiceWording.spaced(receipt.tracking), width: width, KioskStyle.title, rightToLeft: rtl),
            .gap(),
            row(names[0], state.rupees(receipt.fee)),
            row(names[1], state.text("receipt.reference", ["reference": receipt.paymentReference])),
            row(names[2], state.processing(receipt.processing)),
            row(names[3], state.localized(receipt.collection)),
        ]
    }

    /// "Bring these documents:" and the list.
    func documents(_ receipt: ApplicationReceipt) -> [BodyItem] {
        let rtl = state.isRightToLeft
        let bullet = state.settings.glyphMode == .unicode ? "•" : "-"
        guard !receipt.documents.isEmpty else { return [.left(state.text("receipt.noDocuments"), width: text.width, rightToLeft: rtl)] }
        return [.left(state.text("receipt.documents"), width: text.width, KioskStyle.title, rightToLeft: rtl)]
            + receipt.documents.map { .bullet(state.localized($0), bullet: bullet, width: text.width, rightToLeft: rtl) }
    }
}
