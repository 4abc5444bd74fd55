/// A terminal colour: the terminal's own default, one of the 8 basic ANSI colours, or a 256-palette index.
public enum Color: Hashable, Sendable {
    /// Whatever the terminal uses when no colour is set (its default foreground or background).
    case `default`
    /// ANSI colour 0.
    case black
    /// ANSI colour 1.
    case red
    /// ANSI colour 2.
    case green
    /// ANSI colour 3.
    case yellow
    /// ANSI colour 4.
    case blue
    /// ANSI colour 5.
    case magenta
    /// ANSI colour 6.
    case cyan
    /// ANSI colour 7.
    case white
    /// An entry of the xterm 256-colour palette (0–7 basic, 8–15 bright, 16–231 cube, 232–255 greys).
    case palette(UInt8)

    /// The palette index of this colour, or nil for `.default`.
    public var paletteIndex: Int? {
        switch self {
        case .default: nil
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        case .palette(let index): Int(index)
        }
    }

    /// The nearest of the 8 basic colours (index 0–7), for terminals with only 8 colours; nil for `.default`.
    public var basicIndex: Int? {
        guard let index = paletteIndex else { return nil }
        switch index {
        case 0..<8:
            return index
        case 8..<16:
            return index - 8
        case 16..<232:
            let cube = index - 16
            let red = cube / 36, green = (cube / 6) % 6, blue = cube % 6
            return (red >= 3 ? 1 : 0) | (green >= 3 ? 2 : 0) | (blue >= 3 ? 4 : 0)
        default:
            return index < 244 ? 0 : 7
        }
    }
}
