import Screen

/// Review: every answer (those from the registry marked), and the fee for these answers; mirrored
/// in a right-to-left language (labels on the right, answers to their left).
enum ReviewView {
    /// Columns for the labels.
    static let labelWidth = 36

    /// Draws page `page` of the Review screen.
    static func draw(page: Int, _ wizard: WizardScreen, _ state: KioskState, on frame: inout Frame) {
        let rtl = state.isRightToLeft
        let rows = ReviewRows.rows(wizard, districts: state.settings.districts, cnicMask: state.settings.glyphMode.cnicMask, words: state.answerLanguage)
        let pages = ReviewRows.pageCount(rows.count)
        let legend = state.legend(["review.legend"] + (pages > 1 ? ["list.more"] : []) + ["review.change"])
        let body = Chrome.draw(state, legend: legend, on: &frame)
        let width = min(WizardView.formWidth + 8, body.width)
        var items: [BodyItem] = [
            .left(state.localized(wizard.service.title), width: width, KioskStyle.quiet, rightToLeft: rtl),
            .left(state.text("review.title"), width: width, KioskStyle.title, rightToLeft: rtl),
            .gap(),
        ]
        var heading: Bool?
        for row in ReviewRows.page(page, of: rows) {
            if heading != row.fromRecord {
                heading = row.fromRecord
                items.append(.left(state.text(row.fromRecord ? "review.fromRecord" : "review.yourAnswers"), width: width, KioskStyle.title, rightToLeft: rtl))
            }
            let label = ServiceWording.shortened(row.label, to: labelWidth - 2, mode: state.settings.glyphMode)
            // Long answers (an address) wrap under themselves, not under the label.
            items.append(.labelled(label, row.answer, labelWidth: labelWidth, width: width, row.fromRecord ? KioskStyle.quiet : .plain, rightToLeft: rtl))
        }
        if pages > 1 {
            let line = state.joined([state.text("list.page", ["page": "\(page + 1)", "count": "\(pages)"]), state.text("list.more")])
            items.append(.left(line, width: width, KioskStyle.quiet, rightToLeft: rtl))
        }
        let fee = state.rupees(wizard.service.fee(for: wizard.allAnswers))
        items += [.gap(), .labelled(state.text("review.fee"), fee, labelWidth: labelWidth, width: width, KioskStyle.title, rightToLeft: rtl)]
        BodyLayout.draw(items, in: body, on: &frame)
    }
}
