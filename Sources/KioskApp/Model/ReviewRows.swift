import IdentityCore
import Services

/// One line of the Review screen: a question and its answer in words.
public struct ReviewRow: Equatable, Sendable {
    /// The field's label.
    public var label: String
    /// The answer in words ("Yes", the option's label, the district's name); "-" when empty.
    public var answer: String
    /// True when the answer came from the registry.
    public var fromRecord: Bool
}

/// The Review screen's lines, ten to a page.
public enum ReviewRows {
    /// Answers on one page.
    public static let pageSize = 9

    /// Every field of the form with its answer in words: those from the registry first, then the
    /// citizen's own, each in form order.
    public static func rows(_ wizard: WizardScreen, districts: [District] = [], cnicMask: Character = "•") -> [ReviewRow] {
        let answers = wizard.allAnswers
        let fields = wizard.service.fields.filter(wizard.isPrefilled) + wizard.service.fields.filter { !wizard.isPrefilled($0) }
        return fields.map { field in
            ReviewRow(
                label: field.label.en,
                answer: AnswerWords.words(answers[field.id], for: field, districts: districts, cnicMask: cnicMask) ?? "-",
                fromRecord: wizard.isPrefilled(field)
            )
        }
    }

    /// How many pages `count` rows take.
    public static func pageCount(_ count: Int) -> Int { max(1, (count + pageSize - 1) / pageSize) }

    /// The page after `page`, wrapping round.
    public static func next(_ page: Int, count: Int) -> Int { (page + 1) % pageCount(count) }

    /// The page before `page`, wrapping round.
    public static func previous(_ page: Int, count: Int) -> Int { (page - 1 + pageCount(count)) % pageCount(count) }

    /// The rows of `page`.
    public static func page(_ page: Int, of rows: [ReviewRow]) -> ArraySlice<ReviewRow> {
        let start = min(max(0, page) * pageSize, rows.count)
        return rows[start..<min(start + pageSize, rows.count)]
    }
}

/// An answer as the citizen should read it back.
public enum AnswerWords {
    /// Words for `answer` of `field`; nil when there is no answer. A CNIC (the citizen's own or one
    /// typed in, such as a parent's) is shown masked: CNICs never appear in full on screen.
    public static func words(_ answer: String?, for field: FieldDefinition, districts: [District], cnicMask: Character = "•") -> String? {
        guard let answer, !answer.isEmpty else { return nil }
        switch field.kind {
        case .choice:
            return field.options?.first { $0.value == answer }?.label.en ?? answer
        case .district:
            return DistrictChoices.district(for: answer, in: districts)?.name ?? answer
        case .yesNo:
            return answer == "yes" ? "Yes" : answer == "no" ? "No" : answer
        case .declaration:
            return answer == "accepted" ? "I agree" : answer
        case .text, .number, .date:
            if field.prefill == .cnic || answer.filter(\.isNumber).count == 13, let cnic = try? CNIC(answer) {
                return cnic.masked(with: cnicMask)
            }
            return answer
        }
    }
}
