import Screen

/// Typing into an operator's text field (an id, a password, a name): printable characters only,
/// nothing that could reach a terminal as a control; Backspace erases.
enum DeskTextInput {
    /// Applies `key` to `text`; false when the key is not typing (the screen may use it).
    static func type(_ key: KeyEvent, into text: inout String, limit: Int, allowSpaces: Bool = true) -> Bool {
        switch key {
        case .character(let character):
            let clean = TextSanitizer.forTerminal(String(character))
            guard !clean.isEmpty else { return true }
            if clean.allSatisfy(\.isWhitespace) && !allowSpaces { return true }
            if text.count < limit { text += clean.allSatisfy(\.isWhitespace) ? " " : clean }
            return true
        case .backspace:
            if !text.isEmpty { text.removeLast() }
            return true
        default:
            return false
        }
    }

    /// Applies a keypad key to a PIN being typed (digits only, at most 4).
    static func typePIN(_ key: KeyEvent, into digits: inout String) -> Bool {
        switch key {
        case .character(let character) where character.isASCIIDigitForEntry:
            if digits.count < PINScreen.length { digits.append(character) }
            return true
        case .backspace:
            if !digits.isEmpty { digits.removeLast() }
            return true
        case .character:
            return true
        default:
            return false
        }
    }
}
