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
        let fitted = Self.fittedField(text, fittingIn: rect.width)
        let x = rect.x + max(0, (rect.width - fitted.columns) / 2)
        put(fitted.text, x: x, y: y, style: style, maxWidth: rect.width)
    }

    /// Writes `text` (one field, shaped) in the `width` columns from `x`: against the left edge, or
    /// against the right edge when `rightToLeft` (a mirrored layout).
    mutating func writeAligned(_ text: String, x: Int, width: Int, y: Int, style: Style = .plain, rightToLeft: Bool) {
        let fitted = Self.fittedField(text, fittingIn: width)
        let left = rightToLeft ? x + max(0, width - fitted.columns) : x
        put(fitted.text, x: left, y: y, style: style, maxWidth: width)
    }

    /// The columns `text` takes once sanitised and shaped (a lam-alef ligature takes one).
    static func shapedWidth(_ text: String) -> Int { fittedField(text, fittingIn: nil).columns }

    /// Sanitised, cut to `width` in logical order (so a right-to-left sentence loses its end, not its
    /// beginning), then shaped and reordered (remembered: `ShapedField`).
    static func field(_ text: String, fittingIn width: Int?) -> String {
        guard BidiText.needsWork(text) else { return TextSanitizer.forTerminal(text) }
        return ShapedField.of(text, fittingIn: width).visual
    }

    /// `field(text, fittingIn: width)` cut to `width` display columns, and its columns: what the aligned
    /// writers put and measure (a right-to-left field's come from `ShapedField`, worked out once).
    static func fittedField(_ text: String, fittingIn width: Int?) -> (text: String, columns: Int) {
        guard BidiText.needsWork(text) else { return ShapedField.plain(TextSanitizer.forTerminal(text), fittingIn: width) }
        let field = ShapedField.of(text, fittingIn: width)
        return (field.fitted, field.columns)
    }
}
