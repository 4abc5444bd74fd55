/// How many terminal columns text occupies: 0 for combining marks and other zero-width
/// characters, 2 for East Asian wide characters and emoji, 1 for everything else
/// (Latin, Arabic-script letters of Urdu and Pashto, box drawing, block elements).
public enum DisplayWidth {
    /// Column width of one grapheme cluster (0, 1 or 2).
    public static func of(_ grapheme: Character) -> Int {
        let scalars = grapheme.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count > 1 {
            // Emoji presentation sequences (VS16, skin tones, ZWJ sequences, flags, keycaps).
            let properties = first.properties
            if properties.isEmoji && scalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x20E3 }) {
                return 2
            }
            if properties.isEmojiPresentation { return 2 }
            // A cluster that starts with a zero-width scalar (e.g. a stray combining mark followed
            // by more marks) stays zero-width; otherwise the base character decides.
        }
        return of(first)
    }

    /// Column width of one Unicode scalar (0, 1 or 2).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }  // fast path: Latin, no marks below U+0300
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
            return 0
        default:
            break
        }
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }  // Hangul jamo vowels/finals
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Column width of a whole string: the sum of its graphemes' widths.
    public static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The longest prefix of `text` whose width is at most `width` columns.
    public static func prefix(_ text: String, fittingIn width: Int) -> String {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let next = used + of(text[index])
            if next > width { break }
            used = next
            end = text.index(after: index)
        }
        return String(text[..<end])
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15, EastAsianWidth.txt W/F, condensed).
    /// East Asian Wide and Fullwidth ranges that are not emoji (emoji are caught by
    /// `isEmojiPresentation`), condensed from Unicode's EastAsianWidth.txt.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F265, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0, high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
