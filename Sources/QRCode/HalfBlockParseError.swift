/// Why half-block text lines could not be read back as a QR symbol.
public enum HalfBlockParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A character that is none of `▀ ▄ █` or space, at 0-based `line` and `column` (escapes removed).
    case unexpectedGlyph(Character, line: Int, column: Int)
    /// No dark module anywhere.
    case noDarkModules
    /// The dark modules do not span a square: `width` × `height` modules.
    case notSquare(width: Int, height: Int)
    /// The square's side is not 4 × version + 17 for a version 1...40.
    case notASymbolSize(Int)

    /// A sentence for people: what is wrong and, where it helps, what is allowed.
    public var description: String {
        switch self {
        case .unexpectedGlyph(let glyph, let line, let column):
            "unexpected character \"\(glyph)\" at line \(line + 1), column \(column + 1); expected ▀ ▄ █ or space"
        case .noDarkModules:
            "no dark module in the text"
        case .notSquare(let width, let height):
            "the dark modules span \(width) × \(height), not a square"
        case .notASymbolSize(let size):
            "\(size) modules is not the size of a QR symbol (4 × version + 17)"
        }
    }
}
