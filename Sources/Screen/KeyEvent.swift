/// One key from the keyboard, the numeric keypad or a keyboard-wedge scanner. (A resize is not a key:
/// terminals report it as `TerminalInput.resize`.)
public enum KeyEvent: Hashable, Sendable {
    /// A printable character (any script, including multi-byte UTF-8 input).
    case character(Character)
    /// Enter / Return (CR or LF; a scanner ends every payload with it).
    case enter
    /// Backspace (DEL 0x7F, BS 0x08 or the terminal's backspace key).
    case backspace
    /// Delete (forward delete).
    case delete
    /// Escape pressed on its own.
    case escape
    /// Tab.
    case tab
    /// Shift-Tab.
    case backTab
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Function key F1…F63.
    case function(Int)
    /// A Ctrl-key byte, by its lowercase letter or symbol: byte 3 is `.control("c")` (Ctrl-C),
    /// 26 is `.control("z")`, 28 is `.control("\\")`. Raw mode delivers these instead of signals.
    case control(Character)

    /// The event for one character code read from the terminal (a code point, not a key code):
    /// CR/LF → enter, TAB → tab, DEL/BS → backspace, ESC → escape, other C0 bytes → `.control`,
    /// C1 controls and non-scalar values → nil, anything else → `.character`.
    public static func fromCharacterCode(_ code: UInt32) -> KeyEvent? {
        switch code {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x08, 0x7F: return .backspace
        case 0x1B: return .escape
        case 0x00: return .control("@")
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(UInt8(0x60 + code))))
        case 0x1C...0x1F: return .control(Character(Unicode.Scalar(UInt8(0x40 + code))))
        case 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }
}
