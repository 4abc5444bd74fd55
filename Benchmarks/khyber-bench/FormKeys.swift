import IdentityCore
import KioskApp
import Services

/// The keys a citizen presses to fill in a service's form with given answers, step by step, the
/// way the kiosk takes them (`FieldInput`): text and numbers typed, dates as their eight digits,
/// choices and districts by their number key (0 first for each further page of nine), yes/no as
/// 1/2, a declaration as 1; Tab between a step's editable fields and Enter after the last. Fields
/// filled from the registry take no keys; an empty answer is left blank.
struct FormKeys {
    /// Per step, what is typed on it, ending with Enter.
    let steps: [String]

    /// Keys for `answers`; nil when an answer is not one the field offers.
    init?(service: ServiceDefinition, answers: [String: String], prefilled: [String: String], districts: [District]) {
        var steps: [String] = []
        for step in service.steps {
            var typed: [String] = []
            for field in step.fields where prefilled[field.id] == nil {
                guard let keys = Self.keys(for: field, answer: answers[field.id] ?? "", districts: districts) else { return nil }
                typed.append(keys)
            }
            steps.append(typed.joined(separator: "\t") + "\r")
        }
        self.steps = steps
    }

    /// Every key pressed on the steps (characters, Tabs and Enters).
    var keyCount: Int { steps.reduce(0) { $0 + $1.count } }

    /// What one field takes for `answer`; nil when it cannot take it.
    static func keys(for field: FieldDefinition, answer: String, districts: [District]) -> String? {
        guard !answer.isEmpty else { return "" }
        switch field.kind {
        case .text, .number: return answer
        case .date: return answer.filter { $0.isASCII && $0.isNumber }
        case .choice: return pick(answer, in: (field.options ?? []).map(\.value))
        case .district: return pick(answer, in: DistrictChoices.sorted(districts).map(DistrictChoices.value))
        case .yesNo: return pick(answer, in: ["yes", "no"])
        case .declaration: return pick(answer, in: ["accepted"])
        }
    }

    /// `0` once per page before the value's page, then its number key on that page.
    static func pick(_ value: String, in values: [String]) -> String? {
        guard let index = values.firstIndex(of: value) else { return nil }
        let pages = index / ListPaging.pageSize
        return String(repeating: "0", count: pages) + String(index % ListPaging.pageSize + 1)
    }
}
