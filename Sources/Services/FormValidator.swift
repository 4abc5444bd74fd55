import IdentityCore

/// Decides whether a form's answers may be accepted: per field (as the citizen leaves it), per
/// step (before Next), and the whole draft (at Submit). Answers should be cleaned first with
/// `AnswerCleaner`; an answer that still holds control characters is refused, never echoed.
public enum FormValidator {
    /// The key in `errors(in:…)` for a draft made with a different definition version.
    public static let serviceVersionKey = "_serviceVersion"
    /// The key in `errors(in:…)` for a draft of a different service.
    public static let serviceIDKey = "_serviceID"

    /// nil when the answer is acceptable; includes cross-field rules whose `field` is this field.
    public static func error(
        for field: FieldDefinition, answer: String?, draft: ApplicationDraft, service: ServiceDefinition, today: CalendarDate
    ) -> LocalizedText? {
        let given = answer.flatMap { $0.isEmpty ? nil : $0 }
        guard let given else {
            if field.required || requiringRule(field, draft: draft, service: service) != nil {
                return requiredMessage(field, draft: draft, service: service)
            }
            return nil
        }
        if let error = FieldAnswerCheck.error(for: field, answer: given, today: today) { return error }
        return ruleError(field, answer: given, draft: draft, service: service)
    }

    /// Field id → message for every field of `step` that is not acceptable.
    public static func errors(
        for step: FormStep, draft: ApplicationDraft, service: ServiceDefinition, today: CalendarDate
    ) -> [String: LocalizedText] {
        var errors: [String: LocalizedText] = [:]
        for field in step.fields {
            if let error = error(for: field, answer: draft.answers[field.id], draft: draft, service: service, today: today) {
                errors[field.id] = error
            }
        }
        return errors
    }

    /// Every field and every rule; also answers to fields the form does not have (keyed by that
    /// answer's id), a draft for another service (`serviceIDKey`) and a wrong definition version
    /// (`serviceVersionKey`).
    public static func errors(in draft: ApplicationDraft, service: ServiceDefinition, today: CalendarDate) -> [String: LocalizedText] {
        var errors: [String: LocalizedText] = [:]
        if draft.serviceID != service.id { errors[serviceIDKey] = FormMessages.wrongService }
        if draft.serviceVersion != service.version { errors[serviceVersionKey] = FormMessages.wrongVersion }
        for step in service.steps {
            errors.merge(self.errors(for: step, draft: draft, service: service, today: today)) { first, _ in first }
        }
        let known = Set(service.fields.map(\.id))
        for id in draft.answers.keys where !known.contains(id) {
            errors[id] = FormMessages.unknownField
        }
        return errors
    }

    private static func requiringRule(_ field: FieldDefinition, draft: ApplicationDraft, service: ServiceDefinition) -> CrossFieldRule? {
        service.rules.first { rule in
            rule.kind == .requiredWhen && rule.field == field.id && rule.equals != nil && draft.answers[rule.other] == rule.equals
        }
    }

    private static func requiredMessage(_ field: FieldDefinition, draft: ApplicationDraft, service: ServiceDefinition) -> LocalizedText {
        if !field.required, let rule = requiringRule(field, draft: draft, service: service) { return rule.message }
        return FormMessages.required
    }

    private static func ruleError(_ field: FieldDefinition, answer: String, draft: ApplicationDraft, service: ServiceDefinition) -> LocalizedText? {
        for rule in service.rules where rule.field == field.id {
            switch rule.kind {
            case .dateAfter, .dateNotAfter:
                guard let mine = CalendarDate(iso: answer),
                      let otherText = draft.answers[rule.other], let other = CalendarDate(iso: otherText) else { continue }
                let broken = rule.kind == .dateAfter ? !(mine > other) : mine > other
                if broken { return rule.message }
            case .requiredWhen:
                continue
            }
        }
        return nil
    }
}
