import IdentityCore
import Screen
import Services

extension KioskState {
    /// One step: Enter checks the step and goes on, Esc goes back a step (answers kept; on the
    /// first step it asks before leaving), Tab/Down and Shift-Tab/Up move between the step's
    /// fields, every other key goes to the focused field.
    func reduceStepKey(_ key: KeyEvent, _ current: WizardStep, _ form: WizardScreen) -> ScreenTransition<WizardScreen> {
        var step = current
        var wizard = form
        let fields = wizard.editableFields(ofStep: step.index)
        switch key {
        case .enter:
            return .stay(advance(step, wizard))
        case .escape:
            wizard.phase = step.index == 0 ? .confirmLeave : .step(WizardStep(index: step.index - 1))
            return .stay(wizard)
        case .tab, .down:
            moveFocus(&step, to: step.focus + 1, count: fields.count)
        case .backTab, .up:
            moveFocus(&step, to: step.focus - 1, count: fields.count)
        default:
            guard fields.indices.contains(step.focus) else { return .stay(wizard) }
            let field = fields[step.focus]
            let before = wizard.answers[field.id]
            var input = FieldInput(field: field, answer: before, listPage: step.listPage, districts: settings.districts, shownIn: answerLanguage)
            input.apply(key)
            wizard.answers[field.id] = input.answer
            step.listPage = input.listPage
            step.note = input.note
            if input.answer != before { step.errors[field.id] = nil }
        }
        wizard.phase = .step(step)
        return .stay(wizard)
    }

    /// Focus on field `index` (kept within the step), a fresh list page and no note.
    private func moveFocus(_ step: inout WizardStep, to index: Int, count: Int) {
        guard count > 1 else { return }
        step.focus = min(max(0, index), count - 1)
        step.listPage = 0
        step.note = nil
    }

    /// Cleans the step's answers, validates them, and goes to the next step (or Review) when
    /// nothing is wrong; otherwise stays, with the errors beside their fields.
    private func advance(_ current: WizardStep, _ form: WizardScreen) -> WizardScreen {
        var step = current
        var wizard = form
        guard wizard.service.steps.indices.contains(step.index), let cnic = citizen?.cnic else { return wizard }
        let fields = wizard.editableFields(ofStep: step.index)
        for field in fields {
            guard let raw = wizard.answers[field.id] else { continue }
            let cleaned = AnswerCleaner.clean(raw, for: field)
            wizard.answers[field.id] = cleaned.isEmpty ? nil : cleaned
        }
        let errors = FormValidator.errors(
            for: wizard.service.steps[step.index], draft: wizard.draft(for: cnic),
            service: wizard.service, today: CalendarDate(pakistanDayOf: now)
        )
        guard errors.isEmpty else {
            step.errors = errors
            step.note = nil
            if let first = fields.firstIndex(where: { errors[$0.id] != nil }), first != step.focus {
                step.focus = first
                step.listPage = 0
            }
            wizard.phase = .step(step)
            return wizard
        }
        let next = step.index + 1
        wizard.phase = next < wizard.service.steps.count ? .step(WizardStep(index: next)) : .review(page: 0)
        return wizard
    }
}
