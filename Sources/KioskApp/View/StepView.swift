import BidiText
import Screen
import Services

/// One step of the form: "Step 2 of 5", the step's title, the registry's answers read-only and
/// marked "from your record", and the fields to fill in, the focused one drawn in full; mirrored in a
/// right-to-left language (flush right).
enum StepView {
    /// Draws step `step` of the form.
    static func draw(_ step: WizardStep, _ wizard: WizardScreen, _ state: KioskState, on frame: inout Frame) {
        let service = wizard.service
        guard service.steps.indices.contains(step.index) else { return }
        let formStep = service.steps[step.index]
        let editable = wizard.editableFields(ofStep: step.index)
        let focused = editable.indices.contains(step.focus) ? editable[step.focus] : nil
        let body = Chrome.draw(state, legend: legend(focused: focused, fieldCount: editable.count, step: step, state), on: &frame)
        let width = min(WizardView.formWidth, body.width)
        let rtl = state.isRightToLeft
        let mask = state.settings.glyphMode.cnicMask
        let stepWords = state.text("wizard.step", ["number": "\(step.index + 1)", "count": "\(service.steps.count)"])
        var items: [BodyItem] = [
            .left(state.joined([stepWords, state.localized(service.title)]), width: width, KioskStyle.quiet, rightToLeft: rtl),
            .left(state.localized(formStep.title), width: width, KioskStyle.title, rightToLeft: rtl),
            .gap(),
        ]
        let heading = items.count
        for field in formStep.fields {
            let label = state.localized(field.label)
            if let value = wizard.prefilled[field.id] {
                let words = AnswerWords.words(value, for: field, districts: state.settings.districts, cnicMask: mask, words: state.answerLanguage) ?? value
                items.append(.left(Self.labelled(label, words, rightToLeft: rtl), tag: state.text("wizard.fromRecord"), width: width, KioskStyle.quiet, rightToLeft: rtl))
            } else if field == focused {
                if items.count > heading { items.append(.gap()) }
                items += FieldView.items(field, answer: wizard.answers[field.id], step: step, state: state, width: width)
            } else {
                let words = AnswerWords.words(wizard.answers[field.id], for: field, districts: state.settings.districts, cnicMask: mask, words: state.answerLanguage) ?? ""
                items.append(.left(Self.labelled(label, words, rightToLeft: rtl), width: width, rightToLeft: rtl))
                if let error = step.errors[field.id] { items.append(.left(state.message(error), width: width, KioskStyle.attention, rightToLeft: rtl)) }
            }
        }
        if editable.isEmpty { items += [.gap(), .left(state.text("wizard.checkThese"), width: width, rightToLeft: rtl)] }
        BodyLayout.draw(items, in: body, on: &frame)
    }

    /// `Label: answer` (no colon after a question mark, Urdu's ؟ included).
    static func labelled(_ label: String, _ answer: String, rightToLeft: Bool = false) -> String {
        // Right to left, an answer of digits and dashes (CNIC, date, mobile) stays left to right inside
        // the sentence, as catalog values do: "1990-05-21", never "21-05-1990".
        let shown = rightToLeft ? BidiText.leftToRightData(answer) : answer
        return (label.hasSuffix("?") || label.hasSuffix("؟") ? label : label + ":") + " " + shown
    }

    /// Enter and Esc always; Tab when the step has more than one field; the list keys for lists.
    private static func legend(focused: FieldDefinition?, fieldCount: Int, step: WizardStep, _ state: KioskState) -> String {
        var parts = ["wizard.next", step.index == 0 ? "wizard.leave" : "legend.back"]
        if fieldCount > 1 { parts.append("wizard.nextField") }
        switch focused?.kind {
        case .text, .number, .date: parts.append("legend.erase")
        case .choice, .district, .yesNo, .declaration: parts.insert("list.pressNumber", at: 0)
        case nil: break
        }
        return state.legend(parts)
    }
}
