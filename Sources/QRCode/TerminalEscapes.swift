/// Removal of terminal escape sequences from captured screen text (e.g. `tmux capture-pane -e`).
enum TerminalEscapes {
    /// `line` without CSI (`ESC [ … final`), OSC (`ESC ] … BEL` or `ESC \`) and two-character escapes.
    static func strip(_ line: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = line.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else {
                result.append(scalar)
                continue
            }
            switch scalars.next() {
            case "[":
                while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
            case "]":
                var previous: Unicode.Scalar?
                while let next = scalars.next() {
                    if next == "\u{07}" || (previous == "\u{1B}" && next == "\\") { break }
                    previous = next
                }
            default:
                break
            }
        }
        return String(result)
    }
}
