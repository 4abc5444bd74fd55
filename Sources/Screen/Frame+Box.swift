extension Frame {
    /// Draws the outline of `rect` with `glyphs` (clipped to the frame), and `title` on the top
    /// edge two columns in from the left corner, cut to fit between the corners. The inside is
    /// left untouched. Rectangles narrower or shorter than 2 cells draw nothing.
    public mutating func drawBox(_ rect: Rect, glyphs: BoxGlyphs = .unicode, style: Style = .plain, title: String? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.x + rect.width - 1
        let bottom = rect.y + rect.height - 1
        for column in (rect.x + 1)..<right {
            set(glyphs.horizontal, x: column, y: rect.y, style: style)
            set(glyphs.horizontal, x: column, y: bottom, style: style)
        }
        for row in (rect.y + 1)..<bottom {
            set(glyphs.vertical, x: rect.x, y: row, style: style)
            set(glyphs.vertical, x: right, y: row, style: style)
        }
        set(glyphs.topLeft, x: rect.x, y: rect.y, style: style)
        set(glyphs.topRight, x: right, y: rect.y, style: style)
        set(glyphs.bottomLeft, x: rect.x, y: bottom, style: style)
        set(glyphs.bottomRight, x: right, y: bottom, style: style)
        if let title, rect.width > 4 {
            let room = rect.width - 4
            let fitted = DisplayWidth.prefix(title, fittingIn: room)
            put(fitted, x: rect.x + 2, y: rect.y, style: style, maxWidth: room)
        }
    }
}
