import Foundation
import IdentityCore

/// One answer against its own field's settings (kind, length, pattern, range, date bounds);
/// cross-field rules are the validator's.
enum FieldAnswerCheck {
    /// Text fields with no `maximumLength` take at most this many characters.
    static let defaultMaximumLength = 200

    /// The answer's problem, or nil. `answer` is non-empty.
    static func error(for field: FieldDefinition, answer: String, today: CalendarDate) -> LocalizedText? {
        if AnswerCleaner.hadHiddenCharacters(answer) { return FormMessages.hiddenCharacters }
        switch field.kind {
        case .text: return textError(field, answer)
        case .number: return numberError(field, answer)
        case .date: return dateError(field, answer, today: today)
        case .choice: return (field.options ?? []).contains { $0.value == answer } ? nil : FormMessages.choose
        case .district: return DistrictNames.contains(answer) ? nil : FormMessages.district
        case .yesNo: return answer == "yes" || answer == "no" ? nil : FormMessages.yesNo
        case .declaration: return answer == "accepted" ? nil : FormMessages.declaration
        }
    }

    private static func lengthError(_ field: FieldDefinition, _ answer: String) -> LocalizedText? {
        let maximum = field.maximumLength ?? defaultMaximumLength
        if answer.count > maximum { return FormMessages.tooLong(maximum) }
        if let minimum = field.minimumLength, answer.count < minimum { return FormMessages.tooShort(minimum) }
        return nil
    }

    private static func patternError(_ field: FieldDefinition, _ answer: String) -> LocalizedText? {
        guard let pattern = field.pattern else { return nil }
        // A pattern the checker let through always compiles; a broken one refuses every answer.
        guard let expression = try? NSRegularExpression(pattern: "^(?:\(pattern))$") else {
            return field.patternMessage ?? FormMessages.patternMismatch
        }
        let range = NSRange(answer.startIndex..., in: answer)
        return expression.firstMatch(in: answer, range: range) == nil ? field.patternMessage ?? FormMessages.patternMismatch : nil
    }

    private static func textError(_ field: FieldDefinition, _ answer: String) -> LocalizedText? {
        // A pattern's own message ("looks like 0300-1234567") helps more than a length count.
        patternError(field, answer) ?? lengthError(field, answer)
    }

    private static func numberError(_ field: FieldDefinition, _ answer: String) -> LocalizedText? {
        let digits = answer.hasPrefix("-") ? answer.dropFirst() : Substring(answer)
        guard !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }) else { return FormMessages.notANumber }
        if let error = lengthError(field, answer) { return error }
        guard let value = Int(answer) else { return field.maximum.map(FormMessages.tooLarge) ?? FormMessages.notANumber }
        if let minimum = field.minimum, value < minimum { return FormMessages.tooSmall(minimum) }
        if let maximum = field.maximum, value > maximum { return FormMessages.tooLarge(maximum) }
        return patternError(field, answer)
    }

    private static func dateError(_ field: FieldDefinition, _ answer: String, today: CalendarDate) -> LocalizedText? {
        let parts = answer.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }) else { return FormMessages.dateFormat }
        guard let date = CalendarDate(iso: answer) else { return FormMessages.dateDoesNotExist }
        if let text = field.notBefore, let bound = RelativeDate(text) {
            let day = bound.resolve(today: today)
            if date < day { return FormMessages.dateTooEarly(day) }
        }
        if let text = field.notAfter, let bound = RelativeDate(text) {
            let day = bound.resolve(today: today)
            if date > day { return bound == .today ? FormMessages.dateInFuture : FormMessages.dateTooLate(day) }
        }
        return nil
    }
}
