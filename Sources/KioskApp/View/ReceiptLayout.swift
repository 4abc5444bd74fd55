import QRCode
import Screen
import Services

/// Where the receipt's parts go: the text on the left, the tracking number's QR code on the
/// right (when it fits), and the documents on a second page when the first cannot hold them.
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

    /// The layout for `screen` on a frame of `size`.
    init(_ screen: ReceiptScreen, settings: KioskSettings, size: TerminalSize) {
        body = Chrome.bodyRect(for: size)
        let grid = screen.code.map { MyPassView.renderer(for: settings.glyphMode).render($0) }
        if let grid, grid.height <= body.height, body.width - grid.width - Self.gap >= Self.minimumTextWidth {
            let x = body.x + body.width - grid.width
            code = (grid, x, body.y + (body.height - grid.height) / 2)
            text = Rect(x: body.x, y: body.y, width: body.width - grid.width - Self.gap, height: body.height)
        } else {
            code = nil
            text = body
        }
    }

    /// True when the documents do not fit on the first page at this size.
    static func needsSecondPage(_ screen: ReceiptScreen, settings: KioskSettings, size: TerminalSize) -> Bool {
        let layout = ReceiptLayout(screen, settings: settings, size: size)
        let all = layout.summary(screen.receipt, mode: settings.glyphMode) + [.gap()] + layout.documents(screen.receipt, mode: settings.glyphMode)
        return all.reduce(0) { $0 + BodyLayout.rows(of: $1, width: layout.text.width) } > layout.text.height
    }

    /// The receipt without its documents.
    func summary(_ receipt: ApplicationReceipt, mode: GlyphMode) -> [BodyItem] {
        let width = text.width
        let label = 10
        func row(_ name: String, _ value: String) -> BodyItem { .labelled(name, value, labelWidth: label, width: width) }
        return [
            .left("Application saved", width: width, KioskStyle.title),
            .left(receipt.serviceTitle.en, width: width),
            .gap(),
            .left("Your tracking number", width: width),
            .left(ServiceWording.spaced(receipt.tracking), width: width, KioskStyle.title),
            .gap(),
            row("Fee", ServiceWording.rupees(receipt.fee)),
            row("Pay with", "reference " + receipt.paymentReference),
            row("Ready in", ServiceWording.processing(receipt.processing, mode: mode)),
            row("Collect", receipt.collection.en),
        ]
    }

    /// "Bring these documents:" and the list.
    func documents(_ receipt: ApplicationReceipt, mode: GlyphMode) -> [BodyItem] {
        let bullet = mode == .unicode ? "•" : "-"
        guard !receipt.documents.isEmpty else { return [.left("No documents to bring.", width: text.width)] }
        return [.left("Bring these documents:", width: text.width, KioskStyle.title)]
            + receipt.documents.map { .bullet($0.en, bullet: bullet, width: text.width) }
    }
}
