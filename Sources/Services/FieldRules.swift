import Foundation
import IdentityCore

/// The checks on one field definition: its id and texts, and that each setting suits its kind.
struct FieldRules {
    let field: FieldDefinition
    let file: String
    private(set) var problems: [DefinitionProblem] = []

    init(field: FieldDefinition, file: String) {
        self.field = field
        self.file = file
    }

    private mutating func report(_ reason: String) {
        problems.append(DefinitionProblem(file: file, field: Quoted.safe(field.id.isEmpty ? "(no id)" : field.id), reason: reason))
    }

    /// Which kinds may take each registry value.
    static func kinds(for source: PrefillSource) -> Set<FieldKind> {
        switch source {
        case .name, .fatherName, .address, .cnic, .mobile, .tehsil: [.text]
        case .dateOfBirth: [.date]
        case .district: [.district, .text]
        }
    }

    /// Runs every check.
    mutating func run() {
        if !Identifiers.isFieldID(field.id) { report("the id should be letters and digits, starting with a letter") }
        checkText(field.label, "label")
        if let hint = field.hint { checkText(hint, "hint") }
        checkOptions()
        checkPrefill()
        checkPattern()
        checkLengths()
        checkNumberRange()
        checkDateBounds()
    }

    private mutating func checkText(_ text: LocalizedText, _ key: String) {
        if text.en.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { report("\(key).en: the English text is empty") }
        if text.ur.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { report("\(key).ur: the Urdu text is empty") }
    }

    private mutating func checkOptions() {
        guard field.kind == .choice else {
            if field.options != nil { report("options are only for choice fields, not \(field.kind.rawValue)") }
            return
        }
        guard let options = field.options, !options.isEmpty else { return report("a choice field needs options") }
        var seen: Set<String> = []
        for (index, option) in options.enumerated() {
            if option.value.trimmingCharacters(in: .whitespaces).isEmpty || option.value != option.value.trimmingCharacters(in: .whitespacesAndNewlines) {
                report("options[\(index)]: the value is empty or has spaces at its ends")
            }
            if !seen.insert(option.value).inserted { report("options[\(index)]: the value '\(Quoted.safe(option.value))' is used twice") }
            checkText(option.label, "options[\(index)].label")
        }
    }

    private mutating func checkPrefill() {
        guard let source = field.prefill else { return }
        let allowed = Self.kinds(for: source)
        if !allowed.contains(field.kind) {
            let names = allowed.map(\.rawValue).sorted().joined(separator: " or ")
            report("prefill '\(source.rawValue)' cannot fill a \(field.kind.rawValue) field (use a \(names) field)")
        }
    }

    private mutating func checkPattern() {
        if field.patternMessage != nil && field.pattern == nil { report("patternMessage without a pattern") }
        if let message = field.patternMessage { checkText(message, "patternMessage") }
        guard let pattern = field.pattern else { return }
        if field.kind != .text && field.kind != .number { report("pattern is only for text and number fields, not \(field.kind.rawValue)") }
        if (try? NSRegularExpression(pattern: pattern)) == nil {
            report("pattern '\(Quoted.safe(pattern))' is not a valid regular expression")
        }
    }

    private mutating func checkLengths() {
        guard field.minimumLength != nil || field.maximumLength != nil else { return }
        if field.kind != .text && field.kind != .number {
            report("minimumLength/maximumLength are only for text and number fields, not \(field.kind.rawValue)")
        }
        if let maximum = field.maximumLength, maximum < 1 { report("maximumLength must be 1 or more, not \(maximum)") }
        if let minimum = field.minimumLength, minimum < 0 { report("minimumLength cannot be negative") }
        if let minimum = field.minimumLength, let maximum = field.maximumLength, minimum > maximum {
            report("minimumLength (\(minimum)) is more than maximumLength (\(maximum))")
        }
    }

    private mutating func checkNumberRange() {
        guard field.minimum != nil || field.maximum != nil else { return }
        if field.kind != .number { report("minimum/maximum are only for number fields, not \(field.kind.rawValue)") }
        if let minimum = field.minimum, let maximum = field.maximum, minimum > maximum {
            report("minimum (\(minimum)) is more than maximum (\(maximum))")
        }
    }

    private mutating func checkDateBounds() {
        guard field.notBefore != nil || field.notAfter != nil else { return }
        if field.kind != .date { report("notBefore/notAfter are only for date fields, not \(field.kind.rawValue)") }
        var bounds: [RelativeDate] = []
        for (key, text) in [("notBefore", field.notBefore), ("notAfter", field.notAfter)] {
            guard let text else { continue }
            if let bound = RelativeDate(text) { bounds.append(bound) } else {
                report("\(key) '\(Quoted.safe(text))' is not a date bound (use today, -18y, +3m, -30d or YYYY-MM-DD)")
            }
        }
        if bounds.count == 2 {
            // Compare on a few days of the year so month-end clamping cannot hide a reversed pair.
            let samples = [(2024, 2, 29), (2025, 1, 31), (2025, 7, 15)].compactMap { CalendarDate(year: $0.0, month: $0.1, day: $0.2) }
            if samples.contains(where: { bounds[0].resolve(today: $0) > bounds[1].resolve(today: $0) }) {
                report("notBefore (\(Quoted.safe(field.notBefore!))) is after notAfter (\(Quoted.safe(field.notAfter!))): no date can be given")
            }
        }
    }
}
