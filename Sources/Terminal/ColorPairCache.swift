import CNcursesw
import Screen

/// Allocates ncurses colour pairs on demand, one per (foreground, background) combination, and
/// remembers them. Pair 0 is the terminal's default colours (`use_default_colors`). When the
/// terminal has fewer than 256 colours, palette entries fall back to the nearest basic colour;
/// when it has no colours, or pairs run out, everything uses pair 0.
///
/// Confined to the thread that owns the curses screen, like `NcursesTerminal`.
struct ColorPairCache {
    private var pairs: [Key: Int16] = [:]
    private var nextPair: Int32 = 1
    private let enabled: Bool
    private let colorCount: Int
    private let pairLimit: Int32
    private let hasDefaultColors: Bool

    private struct Key: Hashable {
        let foreground: Color
        let background: Color
    }

    /// Reads the terminal's colour capabilities; call after `start_color` and `use_default_colors`
    /// (`hasDefaultColors` is whether the latter succeeded; if not, default means white on black).
    init(enabled: Bool, hasDefaultColors: Bool) {
        self.enabled = enabled
        self.hasDefaultColors = hasDefaultColors
        colorCount = enabled ? Int(kp_colors()) : 0
        pairLimit = enabled ? min(kp_color_pairs(), Int32(Int16.max)) : 0
    }

    /// The pair number for `foreground` on `background`, creating it on first use.
    mutating func pair(foreground: Color, background: Color) -> Int16 {
        guard enabled, foreground != .default || background != .default else { return 0 }
        let key = Key(foreground: foreground, background: background)
        if let pair = pairs[key] { return pair }
        guard nextPair < pairLimit else { return 0 }
        let number = Int16(nextPair)
        let status = init_pair(number, curses(foreground, default: 7), curses(background, default: 0))
        guard status == OK else { return 0 }
        nextPair += 1
        pairs[key] = number
        return number
    }

    /// The curses colour number: -1 for the terminal default (or `fallback` when unsupported).
    private func curses(_ color: Color, default fallback: Int16) -> Int16 {
        guard let index = color.paletteIndex else { return hasDefaultColors ? -1 : fallback }
        if index < colorCount { return Int16(index) }
        return Int16(color.basicIndex ?? 7)
    }
}
