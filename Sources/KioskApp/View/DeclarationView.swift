import Screen

/// Declaration: one sentence and `1 I agree`; Enter submits once agreed.
enum DeclarationView {
    /// Draws the Declaration screen.
    static func draw(agreed: Bool, reminded: Bool, _ wizard: WizardScreen, _ state: KioskState, on frame: inout Frame) {
        let legend = agreed ? "Enter: submit   Esc: back" : "1: I agree   Esc: back"
        let body = Chrome.draw(state, legend: legend, on: &frame)
        let fee = ServiceWording.rupees(wizard.service.fee(for: wizard.allAnswers))
        var items: [BodyItem] = [
            .text(wizard.service.title.en, KioskStyle.quiet),
            .text("Declaration", KioskStyle.title),
            .gap(),
            .text("I declare the information is true."),
            .gap(),
            .block(width: 14, height: 1) { frame, x, y in
                frame.put(" 1  I agree ", x: x, y: y, style: agreed ? KioskStyle.highlight : .plain)
            },
            .gap(),
        ]
        if agreed {
            items += [.text("Fee: \(fee)"), .text("Press Enter to submit", KioskStyle.title)]
        } else if reminded {
            items.append(.text("Press 1 to agree first.", KioskStyle.attention))
        } else {
            items.append(.text("Press 1 if you agree"))
        }
        BodyLayout.draw(items, in: body, on: &frame)
    }
}
