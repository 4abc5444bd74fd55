import IdentityCore
import Screen
import Services

/// My applications: numbered, newest first (tracking, service, status, date); one in detail.
enum MyApplicationsView {
    /// Width of the list.
    static let listWidth = 76

    /// Draws the list, the detail of the one opened, or the wait.
    static func draw(_ screen: MyApplicationsScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        guard let receipts = screen.receipts else {
            let body = Chrome.draw(state, legend: "Please wait   Esc: back", on: &frame)
            BodyLayout.draw([.text("My applications", KioskStyle.title), .gap(), .text("Loading\(mode.ellipsis)")], in: body, on: &frame)
            return
        }
        if let selected = screen.selected, receipts.indices.contains(selected) {
            ApplicationDetailView.draw(receipts[selected], state, on: &frame)
            return
        }
        let pages = ListPaging.pageCount(receipts.count)
        let legend = receipts.isEmpty ? "Enter or Esc: back" : "Press a number" + (pages > 1 ? "   0: more" : "") + "   Esc: back"
        let body = Chrome.draw(state, legend: legend, on: &frame)
        var items: [BodyItem] = [.text("My applications", KioskStyle.title), .gap()]
        if receipts.isEmpty {
            items += [.text("You have no applications yet."), .gap(), .text("Press Enter to go back")]
        } else {
            let width = min(listWidth, body.width)
            let shown = ListPaging.range(page: screen.page, count: receipts.count)
            let rows = shown.enumerated().map { offset, index in row(key: offset + 1, receipts[index], mode: mode) }
            let heading = "    " + ServiceWording.padded("Tracking number", to: 18) + ServiceWording.padded("Service", to: 22)
                + ServiceWording.padded("Status", to: 21) + "Date"
            items.append(.numbered([heading] + rows, highlighted: nil, width: width, dimmed: [0]))
            if pages > 1 { items += [.gap(), .text("Page \(screen.page + 1) of \(pages)   0: more", KioskStyle.quiet)] }
        }
        BodyLayout.draw(items, in: body, on: &frame)
    }

    /// ` 1  KPPSH001-000123-K  Domicile Certificate    In review      25 Nov 2026`.
    private static func row(key: Int, _ receipt: ApplicationReceipt, mode: GlyphMode) -> String {
        let title = ServiceWording.shortened(receipt.serviceTitle.en, to: 20, mode: mode)
        let tracking = DisplayWidth.prefix(TextSanitizer.forTerminal(receipt.tracking), fittingIn: 18)
        // The status column fits the longest status ("Ready for collection", 20) and a space.
        return " \(key)  " + ServiceWording.padded(tracking, to: 18) + ServiceWording.padded(title, to: 22)
            + ServiceWording.padded(receipt.status.words, to: 21) + CalendarDate(pakistanDayOf: receipt.submittedAt).display
    }
}

/// One application in full: tracking number, service, status, date, fee, time, where to collect, documents.
enum ApplicationDetailView {
    /// Draws `receipt`.
    static func draw(_ receipt: ApplicationReceipt, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let body = Chrome.draw(state, legend: "Enter or Esc: back", on: &frame)
        let width = min(WizardView.formWidth + 8, body.width)
        func row(_ name: String, _ value: String, _ style: Style = .plain) -> BodyItem {
            .labelled(name, value, labelWidth: 12, width: width, style)
        }
        var items: [BodyItem] = [
            .left(receipt.serviceTitle.en, width: width, KioskStyle.title),
            .gap(),
            row("Tracking", ServiceWording.spaced(receipt.tracking), KioskStyle.title),
            row("Status", receipt.status.words, KioskStyle.title),
            row("Submitted", CalendarDate(pakistanDayOf: receipt.submittedAt).display),
            row("Fee", ServiceWording.rupees(receipt.fee) + "   reference " + receipt.paymentReference),
            row("Ready in", ServiceWording.processing(receipt.processing, mode: mode)),
            row("Collect", receipt.collection.en),
        ]
        if !receipt.documents.isEmpty {
            let bullet = mode == .unicode ? "•" : "-"
            items += [.gap(), .left("Bring these documents:", width: width)]
            items += receipt.documents.map { .bullet($0.en, bullet: bullet, width: width) }
        }
        BodyLayout.draw(items, in: body, on: &frame)
    }
}
