import IdentityCore
import Screen
import Services

/// My applications: numbered, newest first (tracking, service, status, date); one in detail.
/// Right to left the columns mirror: the number on the right, the date on the left.
enum MyApplicationsView {
    /// Width of the list.
    static let listWidth = 76

    /// Draws the list, the detail of the one opened, or the wait.
    static func draw(_ screen: MyApplicationsScreen, _ state: KioskState, on frame: inout Frame) {
        guard let receipts = screen.receipts else {
            let body = Chrome.draw(state, legend: state.legend(["legend.wait", "legend.back"]), on: &frame)
            BodyLayout.draw([.text(state.text("applications.title"), KioskStyle.title), .gap(), .text(state.text("common.loading"))], in: body, on: &frame)
            return
        }
        if let selected = screen.selected, receipts.indices.contains(selected) {
            ApplicationDetailView.draw(receipts[selected], state, on: &frame)
            return
        }
        let pages = ListPaging.pageCount(receipts.count)
        let legend = receipts.isEmpty ? state.text("legend.enterOrEscBack") : state.legend(["list.pressNumber"] + (pages > 1 ? ["list.more"] : []) + ["legend.back"])
        let body = Chrome.draw(state, legend: legend, on: &frame)
        var items: [BodyItem] = [.text(state.text("applications.title"), KioskStyle.title), .gap()]
        if receipts.isEmpty {
            items += [.text(state.text("applications.none")), .gap(), .text(state.text("common.pressEnterBack"))]
        } else {
            let width = min(listWidth, body.width)
            let shown = ListPaging.range(page: screen.page, count: receipts.count)
            let rows = shown.enumerated().map { offset, index in row(key: offset + 1, receipts[index], state) }
            let heading = ["", "applications.tracking", "applications.service", "applications.status", "applications.date"].map { $0.isEmpty ? "" : state.text($0) }
            items.append(.table([heading] + rows, columns: columns(state), width: width, dimmed: [0], rightToLeft: state.isRightToLeft))
            if pages > 1 {
                let page = state.text("list.page", ["page": "\(screen.page + 1)", "count": "\(pages)"])
                items += [.gap(), .text(state.joined([page, state.text("list.more")]), KioskStyle.quiet)]
            }
        }
        BodyLayout.draw(items, in: body, on: &frame)
    }

    /// Number, tracking, service and status columns (the date takes the rest): the status column as
    /// wide as the longest status in this language and a space (21 in English; two spaces right to
    /// left, where the date that follows is set against the status).
    static func columns(_ state: KioskState) -> [Int] {
        let longest = ApplicationStatus.allCases.map { Frame.shapedWidth(state.status($0)) }.max() ?? 20
        return [4, 18, 22, longest + (state.isRightToLeft ? 2 : 1)]
    }

    /// ` 1  KPPSH001-000123-K  Domicile Certificate    In review      25 Nov 2026`, a cell per column.
    private static func row(key: Int, _ receipt: ApplicationReceipt, _ state: KioskState) -> [String] {
        let title = ServiceWording.shortened(state.localized(receipt.serviceTitle), to: 20, mode: state.settings.glyphMode)
        let tracking = DisplayWidth.prefix(TextSanitizer.forTerminal(receipt.tracking), fittingIn: 18)
        return [" \(key)", tracking, title, state.status(receipt.status), state.date(CalendarDate(pakistanDayOf: receipt.submittedAt))]
    }
}

/// One application in full: tracking number, service, status, date, fee, time, where to collect, documents.
enum ApplicationDetailView {
    /// Draws `receipt`.
    static func draw(_ receipt: ApplicationReceipt, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let rtl = state.isRightToLeft
        let body = Chrome.draw(state, legend: state.text("legend.enterOrEscBack"), on: &frame)
        let width = min(WizardView.formWidth + 8, body.width)
        let keys = ["applications.trackingShort", "applications.status", "applications.submitted", "receipt.fee", "receipt.readyIn", "receipt.collect"]
        let names = keys.map { state.text($0) }
        let labelWidth = max(12, (names.map(Frame.shapedWidth).max() ?? 0) + 2)
        func row(_ name: String, _ value: String, _ style: Style = .plain) -> BodyItem {
            .labelled(name, value, labelWidth: labelWidth, width: width, style, rightToLeft: rtl)
        }
        let reference = state.text("receipt.reference", ["reference": receipt.paymentReference])
        var items: [BodyItem] = [
            .left(state.localized(receipt.serviceTitle), width: width, KioskStyle.title, rightToLeft: rtl),
            .gap(),
            row(names[0], ServiceWording.spaced(receipt.tracking), KioskStyle.title),
            row(names[1], state.status(receipt.status), KioskStyle.title),
            row(names[2], state.date(CalendarDate(pakistanDayOf: receipt.submittedAt))),
            row(names[3], state.joined([state.rupees(receipt.fee), reference])),
            row(names[4], state.processing(receipt.processing)),
            row(names[5], state.localized(receipt.collection)),
        ]
        if !receipt.documents.isEmpty {
            let bullet = mode == .unicode ? "•" : "-"
            items += [.gap(), .left(state.text("receipt.documents"), width: width, rightToLeft: rtl)]
            items += receipt.documents.map { .bullet(state.localized($0), bullet: bullet, width: width, rightToLeft: rtl) }
        }
        BodyLayout.draw(items, in: body, on: &frame)
    }
}
