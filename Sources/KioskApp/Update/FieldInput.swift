import IdentityCore
import Screen
import Services

/// What one key does to one field's answer: typing text, digits or a date, or picking from a
/// numbered list (with 0 for the next nine). Never lets a control or escape character in.
struct FieldInput {
    /// The field being filled in.
    let field: FieldDefinition
    /// Its answer so far; nil when empty.
    var answer: String?
    /// The page of a long list shown.
    var listPage: Int
    /// The districts a district field offers.
    let districts: [District]
    /// The language the list is shown in, whose order its numbers follow.
    let shownIn: AnswerLanguage
    /// A note about the key, when it was refused.
    var note: FieldNote?

    /// A field's input with its current answer.
    init(field: FieldDefinition, answer: String?, listPage: Int, districts: [District], shownIn: AnswerLanguage = .english) {
        self.field = field
        self.answer = answer
        self.listPage = listPage
        self.districts = districts
        self.shownIn = shownIn
        self.note = nil
    }

    /// Applies `key` by the field's kind.
    mutating func apply(_ key: KeyEvent) {
        switch field.kind {
        case .text where field.pattern == Self.cnicPattern: typeCNIC(key)
        case .text: typeText(key)
        case .number: typeDigits(key)
        case .date: typeDate(key)
        case .choice: pick(key, values: (field.options ?? []).map(\.value))
        case .district: pick(key, values: DistrictChoices.sorted(districts, shownIn: shownIn).map(DistrictChoices.value))
        case .yesNo: pick(key, values: ["yes", "no"])
        case .declaration: pick(key, values: ["accepted"])
        }
    }

    /// Letters from a keyboard (or a paste): each character goes through `AnswerCleaner`, so
    /// nothing that is not text is kept; refused past `maximumLength`.
    private mutating func typeText(_ key: KeyEvent) {
        let current = answer ?? ""
        switch key {
        case .character(let character):
            let typed = TextEntry.cleanCharacter(character, for: field)
            guard !typed.isEmpty else { return }
            if let maximum = field.maximumLength, current.count + typed.count > maximum {
                note = .tooLong(maximum: maximum)
                return
            }
            answer = current + typed
        case .backspace:
            erase()
        default:
            break
        }
    }

    /// The pattern of a text field that holds a CNIC (a parent's, a guarantor's).
    static let cnicPattern = "[0-9]{5}-[0-9]{7}-[0-9]"

    /// A CNIC in a text field: thirteen digits, the dashes appear by themselves (as on Welcome);
    /// a typed dash is taken as already there.
    private mutating func typeCNIC(_ key: KeyEvent) {
        var entry = CNICEntry(digits: answer ?? "")
        switch key {
        case .character(let character) where character.isASCIIDigitForEntry:
            guard entry.append(character) else {
                note = .tooLong(maximum: CNICEntry.maxDigits)
                return
            }
        case .character("-"), .character(" "):
            return
        case .character:
            note = .digitsOnly
            return
        case .backspace:
            entry.removeLast()
        default:
            return
        }
        answer = entry.isEmpty ? nil : entry.formatted
    }

    /// Digits only (a number field); a letter gets a note.
    private mutating func typeDigits(_ key: KeyEvent) {
        let current = answer ?? ""
        switch key {
        case .character(let character) where character.isASCIIDigitForEntry:
            if let maximum = field.maximumLength, current.count >= maximum {
                note = .tooLong(maximum: maximum)
                return
            }
            answer = current + String(character)
        case .character(let character) where !character.isWhitespace:
            note = .digitsOnly
        case .backspace:
            erase()
        default:
            break
        }
    }

    /// Eight digits; the dashes of `YYYY-MM-DD` appear by themselves.
    private mutating func typeDate(_ key: KeyEvent) {
        var digits = DateEntry.digits(of: answer ?? "")
        switch key {
        case .character(let character) where character.isASCIIDigitForEntry:
            guard digits.count < DateEntry.maxDigits else { return }
            digits.append(character)
        case .character("-"), .character(" "), .character("/"):
            return
        case .character:
            note = .digitsOnly
            return
        case .backspace:
            digits = String(digits.dropLast())
        default:
            return
        }
        answer = digits.isEmpty ? nil : DateEntry.formatted(digits)
    }

    /// A number key picks the option it shows on the page; 0 (or Page Down) shows the next nine;
    /// Backspace clears the choice.
    private mutating func pick(_ key: KeyEvent, values: [String]) {
        switch key {
        case .character("0") where values.count > ListPaging.pageSize, .pageDown where values.count > ListPaging.pageSize:
            listPage = ListPaging.next(listPage, count: values.count)
        case .pageUp where values.count > ListPaging.pageSize:
            listPage = ListPaging.previous(listPage, count: values.count)
        case .character(let character):
            if let index = ListPaging.index(forKey: character, page: listPage, count: values.count) { answer = values[index] }
        case .backspace:
            answer = nil
        default:
            break
        }
    }

    /// Removes the last character; an empty answer is no answer.
    private mutating func erase() {
        guard var text = answer, !text.isEmpty else { return }
        text.removeLast()
        answer = text.isEmpty ? nil : text
    }
}
