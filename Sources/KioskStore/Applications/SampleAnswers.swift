import IdentityCore
import Services

/// Answers for a service's form made up from each field's kind, options, limits and pattern, with
/// prefilled fields taken from the registry (`Prefill.answers`). Used to seed demo applications;
/// the answers are then checked with `FormValidator`, and fields it refuses are drawn again.
struct SampleAnswers {
    let districts: DistrictCatalog

    /// A full set of answers that `FormValidator` accepts; nil when none was found in a few tries.
    func valid(for service: ServiceDefinition, citizen: Citizen, today: CalendarDate,
               using random: inout some RandomNumberGenerator) -> [String: String]? {
        let prefilled = Prefill.answers(for: service, citizen: citizen, districts: districts)
        var answers: [String: String] = [:]
        for field in service.fields { answers[field.id] = prefilled[field.id] ?? answer(for: field, today: today, random: &random) }
        for _ in 1...12 {
            let draft = ApplicationDraft(serviceID: service.id, serviceVersion: service.version, cnic: citizen.cnic, answers: answers)
            let errors = FormValidator.errors(in: draft, service: service, today: today)
            if errors.isEmpty { return answers }
            for field in service.fields where errors[field.id] != nil && prefilled[field.id] == nil {
                answers[field.id] = answer(for: field, today: today, random: &random)
            }
        }
        return nil
    }

    /// One answer for `field` (optional fields are answered too, so `requiredWhen` rules hold).
    func answer(for field: FieldDefinition, today: CalendarDate, random: inout some RandomNumberGenerator) -> String {
        switch field.kind {
        case .choice:
            return field.options?.randomElement(using: &random)?.value ?? ""
        case .yesNo:
            return Bool.random(using: &random) ? "yes" : "no"
        case .declaration:
            return "accepted"
        case .district:
            return DistrictNames.khyberPakhtunkhwa.randomElement(using: &random) ?? ""
        case .date:
            let low = field.notBefore.flatMap(RelativeDate.init)?.resolve(today: today) ?? today.adding(days: -3650)
            let high = field.notAfter.flatMap(RelativeDate.init)?.resolve(today: today) ?? today.adding(days: 365)
            guard low <= high else { return today.iso }
            return CalendarDate(daysSinceEpoch: Int.random(in: low.daysSinceEpoch...high.daysSinceEpoch, using: &random)).iso
        case .number:
            if let pattern = field.pattern, let text = PatternSample.make(pattern, using: &random) { return text }
            let low = field.minimum ?? 0
            let high = max(low, field.maximum ?? low + 100)
            return String(Int.random(in: low...high, using: &random))
        case .text:
            if let pattern = field.pattern, let text = PatternSample.make(pattern, using: &random) { return text }
            let words = ["Peshawar", "Mardan", "Swat", "Kohat", "Bannu", "Abbottabad", "Chitral", "Dir", "Malakand", "Karak"]
            var text = words.randomElement(using: &random)! + " " + words.randomElement(using: &random)!
            let minimum = field.minimumLength ?? 0
            while text.count < minimum { text += " " + words.randomElement(using: &random)! }
            if let maximum = field.maximumLength, text.count > maximum { text = String(text.prefix(maximum)) }
            return text
        }
    }
}
