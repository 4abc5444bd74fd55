/// Recognises the end of a terminal escape sequence that arrives as ordinary input — a paste of
/// coloured text, a stray OSC — after its ESC, so the whole sequence can be dropped instead of being
/// taken as the Esc key followed by letters and digits that would drive the kiosk.
///
/// Feed the characters that follow the ESC, one at a time; `feed` returns true on the last one.
/// Covers CSI (`ESC [` … final byte 0x40–0x7E), OSC (`ESC ]` … BEL or `ESC \`), DCS/SOS/PM/APC
/// (`ESC P`, `X`, `^`, `_` … `ESC \`) and two-character escapes (`ESC c`, or Alt+key).
public struct EscapeSequenceSkipper: Sendable {
    private enum Phase { case start, csi, string, stringEscape }
    private var phase = Phase.start

    public init() {}

    /// True when `scalar` ends the sequence.
    public mutating func feed(_ scalar: UInt32) -> Bool {
        switch phase {
        case .start:
            switch scalar {
            case 0x5B: phase = .csi; return false                      // [
            case 0x5D, 0x50, 0x58, 0x5E, 0x5F: phase = .string; return false  // ] P X ^ _
            default: return true                                       // two-character escape
            }
        case .csi:
            return (0x40...0x7E).contains(scalar)
        case .string:
            if scalar == 0x07 { return true }                          // BEL ends an OSC
            if scalar == 0x1B { phase = .stringEscape }
            return false
        case .stringEscape:
            if scalar == 0x5C { return true }                          // ESC \ (string terminator)
            phase = scalar == 0x1B ? .stringEscape : .string
            return false
        }
    }
}
