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
        let mode = state.settings.glyphMode
        let legend: String
        var items: [BodyItem] = [.text(wizard.service.title.en, KioskStyle.quiet), .gap()]
        switch wizard.phase {
        case .confirmLeave:
            legend = "1: leave   2 or Esc: stay"
            items += [.text("Leave this form?", KioskStyle.title), .text("Your answers will be lost."), .gap(),
                      .text("1  Yes        2  No", KioskStyle.title)]
        case .submitting:
            legend = "Please wait"
            items += [.text("Submitting\(mode.ellipsis)", KioskStyle.title), .gap(), .text("Please wait.")]
        case .problem(.refused(let reason)):
            legend = "Enter: back"
            items += [.text("Not submitted", KioskStyle.title), .gap(), .text(reason.en), .gap(),
                      .text("Your answers are kept."), .text("Press Enter to go back")]
        case .problem(.couldNotSave):
            legend = "Enter: back"
            items += [.text("Could not save", KioskStyle.title), .gap(),
                      .text("Could not save. Nothing was submitted. Please try again."), .gap(),
                      .text("Your answers are kept."), .text("Press Enter to go back")]
        case .step, .review, .declaration:
            legend = ""
        }
        let body = Chrome.draw(state, legend: legend, on: &frame)
        BodyLayout.draw(items, in: body, on: &frame)
    }
}
