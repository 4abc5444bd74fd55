import Screen

/// The application form: a step, the leave question, Review, Declaration, Submitting, or a problem.
enum WizardView {
    /// Width of the form column.
    static let formWidth = 64

    /// Draws the form where the citizen is.
    static func draw(_ wizard: WizardScreen, _ state: KioskState, on frame: inout Frame) {
        switch wizard.phase {
        case .step(let step): StepView.draw(step, wizard, state, on: &frame)
        case .review(let page): ReviewView.draw(page: page, wizard, state, on: &frame)
        case .declaration(let agreed, let reminded): DeclarationView.draw(agreed: agreed, reminded: reminded, wizard, state, on: &frame)
        case .confirmLeave, .submitting, .problem: WizardMessageView.draw(wizard, state, on: &frame)
        }
    }
}

/// The short pages of the form: leave it?, submitting, and why Submit did not go through.
enum WizardMessageView {
    /// Draws the message for the wizard's phase.
    static func draw(_ wizard: WizardScreen, _ state: KioskState, on frame: inout Frame) {
        let legend: String
        var items: [BodyItem] = [.text(state.localized(wizard.service.title), KioskStyle.quiet), .gap()]
        switch wizard.phase {
        case .confirmLeave:
            legend = state.text("wizard.leaveLegend")
            items += [.text(state.text("wizard.leaveQuestion"), KioskStyle.title), .text(state.text("wizard.answersLost")), .gap(),
                      .text(state.joined(["1  " + state.text("wizard.yes"), "     2  " + state.text("wizard.no")]), KioskStyle.title)]
        case .submitting:
            legend = state.text("legend.wait")
            items += [.text(state.text("wizard.submitting"), KioskStyle.title), .gap(), .text(state.text("wizard.pleaseWait"))]
        case .problem(.refused(let reason)):
            legend = state.text("legend.enterBack")
            items += [.text(state.text("wizard.notSubmitted"), KioskStyle.title), .gap(), .text(state.message(reason)), .gap(),
                      .text(state.text("wizard.answersKept")), .text(state.text("common.pressEnterBack"))]
        case .problem(.couldNotSave):
            legend = state.text("legend.enterBack")
            items += [.text(state.text("wizard.couldNotSave"), KioskStyle.title), .gap(),
                      .text(state.text("wizard.couldNotSaveLine")), .gap(),
                      .text(state.text("wizard.answersKept")), .text(state.text("common.pressEnterBack"))]
        case .step, .review, .declaration:
            legend = ""
        }
        let body = Chrome.draw(state, legend: legend, on: &frame)
        BodyLayout.draw(items, in: body, on: &frame)
    }
}
