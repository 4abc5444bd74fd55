/// Reads coloured terminal lines (e.g. `tmux capture-pane -e`, or `QRCellGrid.ansiLines`) into cells with
/// the shade of their glyph and of their background, following SGR colour changes across lines as
/// tmux writes them (only where they change). Where no colour is set, ink is dark and paper light.
enum ShadedLineReader {
    /// The cells of every line; escapes other than SGR are skipped.
    static func cells(_ lines: [String]) -> [[QRCell]] {
        var state = SGRColours()
        return lines.map { line in
            var cells: [QRCell] = []
            var scalars = line.unicodeScalars.makeIterator()
            while let scalar = scalars.next() {
                guard scalar == "\u{1B}" else {
                    cells.append(QRCell(glyph: Character(scalar), ink: state.ink, paper: state.paper))
                    continue
                }
                switch scalars.next() {
                case "[":
                    var parameters = ""
                    while let next = scalars.next() {
                        if (0x40...0x7E).contains(next.value) {
                            if next == "m" { state.apply(parameters) }
                            break
                        }
                        parameters.unicodeScalars.append(next)
                    }
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
            return cells
        }
    }
}

/// The foreground and background an SGR stream has set, as shades (nil: the terminal's default).
struct SGRColours {
    var foreground: QRShade?
    var background: QRShade?

    /// Ink where no foreground is set: dark (the classic dark-on-light reading).
    var ink: QRShade { foreground ?? .dark }
    /// Paper where no background is set: light.
    var paper: QRShade { background ?? .light }

    /// Applies one SGR parameter list (`"38;5;16;48;5;231"`, `"0"`, `""`).
    mutating func apply(_ parameters: String) {
        var codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
        if codes.isEmpty { codes = [0] }
        while let code = codes.popFirst() {
            switch code {
            case 0: (foreground, background) = (nil, nil)
            case 30...37: foreground = Self.shade(palette: code - 30)
            case 90...97: foreground = Self.shade(palette: code - 90 + 8)
            case 39: foreground = nil
            case 40...47: background = Self.shade(palette: code - 40)
            case 100...107: background = Self.shade(palette: code - 100 + 8)
            case 49: background = nil
            case 38, 48:
                var shade: QRShade?
                switch codes.popFirst() {
                case 5: shade = codes.popFirst().map { Self.shade(palette: $0) }
                case 2:
                    let red = codes.popFirst() ?? 0, green = codes.popFirst() ?? 0, blue = codes.popFirst() ?? 0
                    shade = Self.shade(luminance: Self.luminance(red, green, blue))
                default: break
                }
                if code == 38 { foreground = shade } else { background = shade }
            default: break
            }
        }
    }

    /// Dark or light for an xterm 256-palette index, by the luminance xterm gives it.
    static func shade(palette index: Int) -> QRShade {
        switch index {
        case 0..<16:
            // black, red, green, yellow, blue, magenta, cyan, white; then the bright ones.
            let light: Set<Int> = [2, 3, 6, 7, 10, 11, 12, 13, 14, 15]
            return light.contains(index) ? .light : .dark
        case 16..<232:
            let cube = index - 16
            let level = { (step: Int) in step == 0 ? 0 : 55 + 40 * step }
            return shade(luminance: luminance(level(cube / 36), level((cube / 6) % 6), level(cube % 6)))
        default:
            return shade(luminance: luminance(8 + 10 * (index - 232), 8 + 10 * (index - 232), 8 + 10 * (index - 232)))
        }
    }

    private static func luminance(_ red: Int, _ green: Int, _ blue: Int) -> Double {
        (0.299 * Double(red) + 0.587 * Double(green) + 0.114 * Double(blue)) / 255
    }

    private static func shade(luminance: Double) -> QRShade { luminance < 0.5 ? .dark : .light }
}
