import BidiText
import Screen

extension Frame {
    /// Writes `text` after `TextSanitizer` (so data can never move the cursor or recolour the screen),
    /// as one field: Urdu and Pashto shaped and put in visual order (`BidiText`), cut at its logical
    /// end when it is wider than `maxWidth`.
    @discardableResult
    mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        put(Self.field(text, fittingIn: maxWidth), x: x, y: y, style: style, maxWidth: maxWidth)
    }

    /// Writes sanitised `text` centred in `rect`'s columns on row `y`, cut to fit (one field, shaped).
    mutating func writeCentered(_ text: String, in rect: Rect, y: Int, style: Style = .plain) {
        let fitted = DisplayWidth.prefix(Self.field(text, fittingIn: rect.width), fittingIn: rect.width)
        let x = rect.x + max(0, (rect.width - DisplayWidth.of(fitted)) / 2)
        put(fitted, x: x, y: y, style: style, maxWidth: rect.width)
    }

    /// Writes `text` (one field, shaped) in the `width` columns from `x`: against the left edge, or
    /// against the right edge when `rightToLeft` (a mirrored layout).
    mutating func writeAligned(_ text: String, x: Int, width: Int, y: Int, style: Style = .plain, rightToLeft: Bool) {
        let fitted = DisplayWidth.prefix(Self.field(text, fittingIn: width), fittingIn: width)
        let left = rightToLeft ? x + max(0, width - DisplayWidth.of(fitted)) : x
        put(fitted, x: left, y: y, style: style, maxWidth: width)
    }

    /// Sanitised, cut to `width` in logical order (so a right-to-left sentence loses its end, not its
    /// beginning), then shaped and reordered.
    static func field(_ text: String, fittingIn width: Int?) -> String {
        let safe = TextSanitizer.forTerminal(text)
        guard BidiText.needsWork(safe) else { return safe }
        let fitted = width.map { DisplayWidth.prefix(safe, fittingIn: $0) } ?? safe
        return BidiText.visual(fitted, direction: .rightToLeftWhenPresent)
    }
}
