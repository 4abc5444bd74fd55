import Screen
import Services

/// One step of the form: "Step 2 of 5", the step's title, the registry's answers read-only and
/// marked "from your record", and the fields to fill in, the focused one drawn in full.
enum StepView {
    /// Draws step `step` of the form.
    static func draw(_ step: WizardStep, _ wizard: WizardScreen, _ state: KioskState, on frame: inout Frame) {
        let service = wizard.service
        guard service.steps.indices.contains(step.index) else { return }
        let formStep = service.steps[step.index]
        let editable = wizard.editableFields(ofStep: step.index)
        let focused = editable.indices.contains(step.focus) ? editable[step.focus] : nil
        let body = Chrome.draw(state, legend: legend(focused: focused, fieldCount: editable.count, step: step), on: &frame)
        let width = min(WizardView.formWidth, body.width)
        var items: [BodyItem] = [
            .left("Step \(step.index + 1) of \(service.steps.count)   \(service.title.en)", width: width, KioskStyle.quiet),
            .left(formStep.title.en, width: width, KioskStyle.title),
            .gap(),
        ]
        for field in formStep.fields {
            if let value = wizard.prefilled[field.id] {
                let words = AnswerWords.words(value, for: field, districts: state.settings.districts, cnicMask: state.settings.glyphMode.cnicMask) ?? value
                items.append(.left(Self.labelled(field.label.en, words), tag: "(from your record)", width: width, KioskStyle.quiet))
            } else if field == focused {
                if items.count > 3 { items.append(.gap()) }
                items += FieldView.items(field, answer: wizard.answers[field.id], step: step, state: state, width: width)
            } else {
                let words = AnswerWords.words(wizard.answers[field.id], for: field, districts: state.settings.districts, cnicMask: state.settings.glyphMode.cnicMask) ?? ""
                items.append(.left(Self.labelled(field.label.en, words), width: width))
                if let error = step.errors[field.id] { items.append(.left(error.en, width: width, KioskStyle.attention)) }
            }
        }
        if editable.isEmpty { items += [.gap(), .left("Check these, then press Enter.", width: width)] }
        BodyLayout.draw(items, in: body, on: &frame)
    }

    /// `Label: answer` (no colon after a question mark).
    static func labelled(_ label: String, _ answer: String) -> String {
        (label.hasSuffix("?") ? label : label + ":") + " " + answer
    }

    /// Enter and Esc always; Tab when the step has more than one field; the list keys for lists.
    private static func legend(focused: FieldDefinition?, fieldCount: Int, step: WizardStep) -> String {
        var parts = ["Enter: next", step.index == 0 ? "Esc: leave" : "Esc: back"]
        if fieldCount > 1 { parts.append("Tab: next field") }
        switch focused?.kind {
        case .text, .number, .date: parts.append("Backspace: erase")
        case .choice, .district, .yesNo, .declaration: parts.insert("Press a number", at: 0)
        case nil: break
        }
        return parts.joined(separator: "   ")
    }
}
