import CNcursesw
import Screen

/// Maps what `wget_wch` returns to `KeyEvent`s. Pure: testable without a terminal.
public enum NcursesKeyMap {
    /// The event for a key code (`wget_wch` returned `KEY_CODE_YES`), or nil for keys the kiosk
    /// does not use. `KEY_RESIZE` is not handled here: the terminal answers it with its new size.
    /// Numeric-keypad keys with Num Lock off (`KEY_A1`, `KEY_A3`, `KEY_C1`, `KEY_C3`) map to
    /// Home, Page Up, End, Page Down.
    public static func event(forKeyCode code: Int32) -> KeyEvent? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    /// The event for what `wget_wch` stored in its out-parameter, given its return status:
    /// a key code when `status` is `KEY_CODE_YES`, otherwise a character code. Nil for `ERR`
    /// (timeout), `KEY_RESIZE` and keys the kiosk ignores.
    public static func event(status: Int32, value: UInt32) -> KeyEvent? {
        if status == ERR { return nil }
        if status == kp_key_code_yes() {
            return event(forKeyCode: Int32(bitPattern: value))
        }
        return KeyEvent.fromCharacterCode(value)
    }
}
