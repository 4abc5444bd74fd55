import Screen

/// What a terminal reports: a key, or that the window now has another size.
public enum TerminalInput: Equatable, Sendable {
    /// A key from the keyboard, keypad or scanner.
    case key(KeyEvent)
    /// The terminal now has this many columns and rows.
    case resize(TerminalSize)
}
