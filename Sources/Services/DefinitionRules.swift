import Foundation
import IdentityCore

/// The meaning checks on a decoded definition: ids, titles, kinds and their settings, prefill,
/// fee and cross-field rules. Every problem is collected; nothing stops at the first.
struct DefinitionRules {
    let definition: ServiceDefinition
    let file: String
    private(set) var problems: [DefinitionProblem] = []

    init(definition: ServiceDefinition, file: String) {
        self.definition = definition
        self.file = file
    }

    /// The format number this build reads.
    static let knownFormat = 1

    private mutating func report(_ field: String?, _ reason: String) {
        problems.append(DefinitionProblem(file: file, field: field.map(Quoted.safe), reason: reason))
    }

    /// Runs every check.
    mutating func run() {
        checkService()
        checkSteps()
        checkFee()
        checkRules()
    }

    private mutating func checkService() {
        let service = definition
        if service.format != Self.knownFormat {
            report(nil, "format \(service.format) is not known; this kiosk reads format \(Self.knownFormat)")
        }
        if !Identifiers.isServiceID(service.id) {
            report(nil, "id '\(Quoted.safe(service.id))' should be lowercase letters, digits and dashes, e.g. sehat-card")
        }
        let stem = (file as NSString).lastPathComponent.replacingOccurrences(of: ".json", with: "")
        if service.id != stem {
            report(nil, "id '\(Quoted.safe(service.id))' does not match the file name; name the file \(Quoted.safe(service.id)).json")
        }
        if service.version < 1 { report(nil, "version must be 1 or more, not \(service.version)") }
        checkText(service.title, nil, "title")
        checkText(service.summary, nil, "summary")
        checkText(service.collection, nil, "collection")
        if service.documents.isEmpty { report(nil, "documents: list at least one document to bring") }
        for (index, document) in service.documents.enumerated() { checkText(document, nil, "documents[\(index)]") }
        if let age = service.eligibility.minimumAge, !(0...120).contains(age) {
            report(nil, "eligibility.minimumAge must be between 0 and 120, not \(age)")
        }
        let processing = service.processing
        if processing.minimumWorkingDays < 0 {
            report(nil, "processing.minimumWorkingDays cannot be negative")
        }
        if processing.minimumWorkingDays > processing.maximumWorkingDays {
            report(nil, "processing: minimumWorkingDays (\(processing.minimumWorkingDays)) is more than maximumWorkingDays (\(processing.maximumWorkingDays))")
        }
    }

    private mutating func checkText(_ text: LocalizedText, _ field: String?, _ key: String) {
        if text.en.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { report(field, "\(key).en: the English text is empty") }
        if text.ur.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { report(field, "\(key).ur: the Urdu text is empty") }
    }

    private mutating func checkSteps() {
        if definition.steps.isEmpty { report(nil, "steps: a form needs at least one step") }
        var stepIDs: Set<String> = []
        var fieldIDs: Set<String> = []
        for (index, step) in definition.steps.enumerated() {
            let name = "steps[\(index)]"
            if !Identifiers.isFieldID(step.id) { report(nil, "\(name).id '\(Quoted.safe(step.id))' should be letters and digits, starting with a letter") }
            if !stepIDs.insert(step.id).inserted { report(nil, "\(name): step id '\(Quoted.safe(step.id))' is used twice") }
            checkText(step.title, nil, "\(name).title")
            if step.fields.isEmpty { report(nil, "\(name) ('\(Quoted.safe(step.id))') has no fields") }
            for field in step.fields {
                if !fieldIDs.insert(field.id).inserted { report(field.id, "the field id is used twice (field ids must be unique across all steps)") }
                var check = FieldRules(field: field, file: file)
                check.run()
                problems += check.problems
            }
        }
    }

    private mutating func checkFee() {
        let fee = definition.fee
        if fee.amount < 0 { report(nil, "fee.amount cannot be negative") }
        checkText(fee.payment, nil, "fee.payment")
        switch (fee.byField, fee.byChoice) {
        case (nil, nil):
            return
        case (nil, .some):
            report(nil, "fee.byChoice needs fee.byField to say which choice field picks the fee")
        case (.some(let id), let byChoice):
            guard let field = definition.fields.first(where: { $0.id == id }) else {
                return report(nil, "fee.byField names '\(Quoted.safe(id))', which is not a field of this form")
            }
            guard field.kind == .choice else {
                return report(nil, "fee.byField names '\(Quoted.safe(id))', a \(field.kind.rawValue) field; it must be a choice field")
            }
            guard let byChoice, !byChoice.isEmpty else { return report(nil, "fee.byField needs fee.byChoice (option value → fee)") }
            let values = Set((field.options ?? []).map(\.value))
            for (key, amount) in byChoice.sorted(by: { $0.key < $1.key }) {
                if !values.contains(key) { report(nil, "fee.byChoice: '\(Quoted.safe(key))' is not an option of '\(Quoted.safe(id))'") }
                if amount < 0 { report(nil, "fee.byChoice: the fee for '\(Quoted.safe(key))' cannot be negative") }
            }
        }
    }

    private mutating func checkRules() {
        let fields = Dictionary(definition.fields.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, rule) in definition.rules.enumerated() {
            let name = "rules[\(index)]"
            checkText(rule.message, nil, "\(name).message")
            guard let field = fields[rule.field] else {
                report(nil, "\(name): field '\(Quoted.safe(rule.field))' is not a field of this form")
                continue
            }
            guard let other = fields[rule.other] else {
                report(nil, "\(name): other '\(Quoted.safe(rule.other))' is not a field of this form")
                continue
            }
            if rule.field == rule.other { report(nil, "\(name): field and other are the same field") }
            switch rule.kind {
            case .dateAfter, .dateNotAfter:
                for candidate in [field, other] where candidate.kind != .date {
                    report(nil, "\(name): \(rule.kind.rawValue) compares dates, but '\(Quoted.safe(candidate.id))' is a \(candidate.kind.rawValue) field")
                }
                if rule.equals != nil { report(nil, "\(name): 'equals' is only for requiredWhen") }
            case .requiredWhen:
                guard let equals = rule.equals else {
                    report(nil, "\(name): requiredWhen needs 'equals' (the answer of '\(Quoted.safe(rule.other))' that makes '\(Quoted.safe(rule.field))' required)")
                    continue
                }
                if let allowed = Self.allowedAnswers(of: other), !allowed.contains(equals) {
                    report(nil, "\(name): '\(Quoted.safe(equals))' is not a possible answer of '\(Quoted.safe(rule.other))' (\(allowed.sorted().joined(separator: ", ")))")
                }
            }
        }
    }

    /// The closed set of answers a field can have, when it has one.
    static func allowedAnswers(of field: FieldDefinition) -> Set<String>? {
        switch field.kind {
        case .choice: Set((field.options ?? []).map(\.value))
        case .yesNo: ["yes", "no"]
        case .declaration: ["accepted"]
        case .text, .number, .date, .district: nil
        }
    }
}

/// Id spellings.
enum Identifiers {
    /// `domicile-certificate`: lowercase letters and digits in dash-separated words.
    static func isServiceID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64
            && id.split(separator: "-", omittingEmptySubsequences: false).allSatisfy { word in
                !word.isEmpty && word.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
            }
    }

    /// `fatherName`, `period2`: ASCII letters and digits, starting with a letter.
    static func isFieldID(_ id: String) -> Bool {
        guard let first = id.first, first.isASCII, first.isLetter, id.count <= 64 else { return false }
        return id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
}
