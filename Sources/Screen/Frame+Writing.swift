extension Frame {
    /// Writes `text` starting at column `x` of row `y`, one grapheme after another, clipping at
    /// every edge of the frame (and at `x + maxWidth` when given). Zero-width graphemes
    /// (control characters, lone combining marks) are skipped; a wide grapheme cut by an edge
    /// leaves a blank. The text is not sanitised: pass data through `TextSanitizer` first.
    ///
    /// - Returns: the column just after the text, as if nothing had been clipped.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        var column = x
        for grapheme in text {
            let columns = DisplayWidth.of(grapheme)
            if columns == 0 { continue }
            defer { column += columns }
            guard y >= 0, y < height, column < limit, column + columns > 0 else { continue }
            if column < 0 || column + columns > limit {
                // A wide grapheme straddling an edge: blank the half that is inside.
                let inside = max(column, 0)
                place(" ", columns: 1, x: inside, y: y, style: style)
            } else {
                place(grapheme, columns: columns, x: column, y: y, style: style)
            }
        }
        return column
    }

    /// Fills `rect` (clipped to the frame) with `grapheme` in `style`; the default clears it.
    public mutating func fill(_ rect: Rect, with grapheme: Character = " ", style: Style = .plain) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let columns = max(1, DisplayWidth.of(grapheme))
        let glyph: Character = DisplayWidth.of(grapheme) == 0 ? " " : grapheme
        for row in area.y..<(area.y + area.height) {
            var column = area.x
            while column < area.x + area.width {
                if column + columns > area.x + area.width {
                    place(" ", columns: 1, x: column, y: row, style: style)
                } else {
                    place(glyph, columns: columns, x: column, y: row, style: style)
                }
                column += columns
            }
        }
    }

    /// Clears the whole frame to blanks in `style`.
    public mutating func clear(style: Style = .plain) {
        fill(bounds, style: style)
    }

    /// Copies `other` onto this frame with its top-left corner at (`x`, `y`), clipping at the edges.
    public mutating func draw(_ other: Frame, x: Int = 0, y: Int = 0) {
        for row in 0..<other.height {
            for column in 0..<other.width {
                let cell = other[column, row]
                if cell.isContinuation { continue }
                let targetX = x + column, targetY = y + row
                let columns = max(1, DisplayWidth.of(cell.grapheme))
                guard targetY >= 0, targetY < height, targetX + columns > 0, targetX < width else { continue }
                if targetX < 0 || targetX + columns > width {
                    place(" ", columns: 1, x: max(targetX, 0), y: targetY, style: cell.style)
                } else {
                    place(cell.grapheme, columns: columns, x: targetX, y: targetY, style: cell.style)
                }
            }
        }
    }

    /// This frame's content on a frame of `size`: clipped when smaller, padded with blanks when larger.
    public func resized(to size: TerminalSize) -> Frame {
        if size == self.size { return self }
        var result = Frame(size: size)
        result.draw(self)
        return result
    }
}
