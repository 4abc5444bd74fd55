import Screen

/// Declaration: one sentence and `1 I agree`; Enter submits once agreed.
enum DeclarationView {
    /// Draws the Declaration screen.
    static func draw(agreed: Bool, reminded: Bool, _ wizard: WizardScreen, _ state: KioskState, on frame: inout Frame) {
        let legend = state.text(agreed ? "declaration.legendAgreed" : "declaration.legend")
        let body = Chrome.draw(state, legend: legend, on: &frame)
        let fee = state.rupees(wizard.service.fee(for: wizard.allAnswers))
        let agree = " 1  " + state.text("wizard.agree") + " "
        let agreeWidth = max(14, Frame.shapedWidth(agree) + 2)
        var items: [BodyItem] = [
            .text(state.localized(wizard.service.title), KioskStyle.quiet),
            .text(state.text("declaration.title"), KioskStyle.title),
            .gap(),
            .text(state.text("declaration.line")),
            .gap(),
            .block(width: agreeWidth, height: 1) { frame, x, y in
                frame.write(agree, x: x, y: y, style: agreed ? KioskStyle.highlight : .plain)
            },
            .gap(),
        ]
        if agreed {
            items += [.text(state.text("declaration.fee", ["fee": fee])), .text(state.text("declaration.pressSubmit"), KioskStyle.title)]
        } else if reminded {
            items.append(.text(state.text("declaration.agreeFirst"), KioskStyle.attention))
        } else {
            items.append(.text(state.text("declaration.pressAgree")))
        }
        BodyLayout.draw(items, in: body, on: &frame)
    }
}
