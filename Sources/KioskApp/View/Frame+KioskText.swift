import Screen

extension Frame {
    /// Writes `text` after `TextSanitizer` (so data can never move the cursor or recolour the screen).
    @discardableResult
    mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        put(TextSanitizer.forTerminal(text), x: x, y: y, style: style, maxWidth: maxWidth)
    }

    /// Writes sanitised `text` centred in `rect`'s columns on row `y`, cut to fit.
    mutating func writeCentered(_ text: String, in rect: Rect, y: Int, style: Style = .plain) {
        let safe = TextSanitizer.forTerminal(text)
        let fitted = DisplayWidth.prefix(safe, fittingIn: rect.width)
        let x = rect.x + max(0, (rect.width - DisplayWidth.of(fitted)) / 2)
        put(fitted, x: x, y: y, style: style, maxWidth: rect.width)
    }
}
