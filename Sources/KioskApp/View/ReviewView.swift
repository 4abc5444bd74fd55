import Screen

/// Review: every answer (those from the registry marked), and the fee for these answers.
enum ReviewView {
    /// Columns for the labels.
    static let labelWidth = 36

    /// Draws page `page` of the Review screen.
    static func draw(page: Int, _ wizard: WizardScreen, _ state: KioskState, on frame: inout Frame) {
        let rows = ReviewRows.rows(wizard, districts: state.settings.districts, cnicMask: state.settings.glyphMode.cnicMask)
        let pages = ReviewRows.pageCount(rows.count)
        let legend = "Enter: continue" + (pages > 1 ? "   0: more" : "") + "   Esc: change answers"
        let body = Chrome.draw(state, legend: legend, on: &frame)
        let width = min(WizardView.formWidth + 8, body.width)
        var items: [BodyItem] = [
            .left(wizard.service.title.en, width: width, KioskStyle.quiet),
            .left("Check your answers", width: width, KioskStyle.title),
            .gap(),
        ]
        var heading: Bool?
        for row in ReviewRows.page(page, of: rows) {
            if heading != row.fromRecord {
                heading = row.fromRecord
                items.append(.left(row.fromRecord ? "From your record" : "Your answers", width: width, KioskStyle.title))
            }
            let label = ServiceWording.shortened(row.label, to: labelWidth - 2, mode: state.settings.glyphMode)
            // Long answers (an address) wrap under themselves, not under the label.
            items.append(.labelled(label, row.answer, labelWidth: labelWidth, width: width, row.fromRecord ? KioskStyle.quiet : .plain))
        }
        if pages > 1 { items.append(.left("Page \(page + 1) of \(pages)   0: more", width: width, KioskStyle.quiet)) }
        let fee = wizard.service.fee(for: wizard.allAnswers)
        items += [.gap(), .left(ServiceWording.padded("Fee", to: labelWidth) + ServiceWording.rupees(fee), width: width, KioskStyle.title)]
        BodyLayout.draw(items, in: body, on: &frame)
    }
}
