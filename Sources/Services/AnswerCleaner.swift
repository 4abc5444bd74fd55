import Foundation
import TextSafety

/// Cleans what a citizen typed or pasted before it is kept: escape sequences and control
/// characters removed (never echoed raw), spaces trimmed and collapsed, Unicode composed (NFC),
/// Urdu/Arabic digits turned into 0–9 for numbers and dates, yes/no in lowercase.
///
/// Over-long text is NOT shortened here: the validator says it is too long, so nothing is lost
/// silently.
public enum AnswerCleaner {
    /// The cleaned answer.
    public static func clean(_ raw: String, for field: FieldDefinition) -> String {
        let safe = TextSanitizer.forTerminal(raw).precomposedStringWithCanonicalMapping
        var text = safe.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        switch field.kind {
        case .number, .date:
            text = asciiDigits(text)
            if field.kind == .number { text = text.replacingOccurrences(of: " ", with: "") }
        case .yesNo, .declaration:
            text = text.lowercased()
        case .text, .choice, .district:
            break
        }
        return text
    }

    /// True when `raw` held something `clean` removes that a citizen cannot see (control
    /// characters, escape sequences, bidi overrides): the form should say so.
    public static func hadHiddenCharacters(_ raw: String) -> Bool {
        let visible = raw.unicodeScalars.filter { scalar in
            !(scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value))
        }
        let cleaned = TextSanitizer.forTerminal(raw).unicodeScalars.filter { $0.value != 0x20 }
        return visible.count != cleaned.count
    }

    /// ۰۱۲… and ٠١٢… → 012….
    static func asciiDigits(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0x0660...0x0669: Unicode.Scalar(scalar.value - 0x0660 + 0x30)!
            case 0x06F0...0x06F9: Unicode.Scalar(scalar.value - 0x06F0 + 0x30)!
            default: scalar
            }
        }))
    }
}
