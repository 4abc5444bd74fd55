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
    /// Labels and answers in `words`' language (English by default).
    public static func rows(_ wizard: WizardScreen, districts: [District] = [], cnicMask: Character = "•", words: AnswerLanguage = .english) -> [ReviewRow] {
        let answers = wizard.allAnswers
        let fields = wizard.service.fields.filter(wizard.isPrefilled) + wizard.service.fields.filter { !wizard.isPrefilled($0) }
        return fields.map { field in
            ReviewRow(
                label: words.text(field.label),
                answer: AnswerWords.words(answers[field.id], for: field, districts: districts, cnicMask: cnicMask, words: words) ?? "-",
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
    public static func words(_ answer: String?, for field: FieldDefinition, districts: [District], cnicMask: Character = "•", words: AnswerLanguage = .english) -> String? {
        guard let answer, !answer.isEmpty else { return nil }
        switch field.kind {
        case .choice:
            return field.options?.first { $0.value == answer }.map { words.text($0.label) } ?? answer
        case .district:
            return DistrictChoices.district(for: answer, in: districts).map(words.name) ?? answer
        case .yesNo:
            return answer == "yes" ? words.yes : answer == "no" ? words.no : answer
        case .declaration:
            return answer == "accepted" ? words.agree : answer
        case .text, .number, .date:
            if field.prefill == .cnic || answer.filter(\.isNumber).count == 13, let cnic = try? CNIC(answer) {
                return cnic.masked(with: cnicMask)
            }
            return answer
        }
    }
}

/// The language answers are read back in: which text of a definition, which name of a district, and
/// the words for yes, no and "I agree".
public struct AnswerLanguage: Equatable, Sendable {
    /// `en`, `ur`, `ps` or `ur-Latn` (the definitions' English).
    public var language: String
    public var yes: String
    public var no: String
    public var agree: String

    /// Answers in `language` with these words.
    public init(language: String, yes: String, no: String, agree: String) {
        self.language = language
        self.yes = yes
        self.no = no
        self.agree = agree
    }

    /// English.
    public static let english = AnswerLanguage(language: "en", yes: "Yes", no: "No", agree: "I agree")

    /// True for the languages that read the definitions' Urdu (Urdu, and Pashto where it has none).
    var readsUrdu: Bool { language == "ur" || language == "ps" }

    /// A definition's text: Pashto falls back to Urdu, then English; Roman Urdu to English; other
    /// languages get English.
    public func text(_ text: LocalizedText) -> String {
        switch language {
        case "ur": text.ur.isEmpty ? text.en : text.ur
        case "ps": text.ps ?? (text.ur.isEmpty ? text.en : text.ur)
        case "ur-Latn": text.urLatn.flatMap { $0.isEmpty ? nil : $0 } ?? text.en
        default: text.en
        }
    }

    /// A district's name: in Urdu script for Urdu and Pashto, else English.
    public func name(_ district: District) -> String {
        readsUrdu && !district.nameUrdu.isEmpty ? district.nameUrdu : district.name
    }
}
