import Screen
import Services

/// Typed and pasted text, one character at a time.
enum TextEntry {
    /// What a typed character adds to a text answer: nothing for control, escape, bidi or other
    /// characters `AnswerCleaner` drops; a space for a space, tab or line break; else the
    /// character as `AnswerCleaner` keeps it.
    static func cleanCharacter(_ character: Character, for field: FieldDefinition) -> String {
        let sanitized = TextSanitizer.forTerminal(String(character))
        guard !sanitized.isEmpty else { return "" }
        if sanitized.allSatisfy(\.isWhitespace) { return " " }
        return AnswerCleaner.clean(sanitized, for: field)
    }
}
