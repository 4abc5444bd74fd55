import Screen

extension BodyItem {
    /// Text wrapped to `width` and written flush left in a block of that width (sanitised first),
    /// for forms and lists that read better aligned than centred.
    static func left(_ text: String, width: Int, _ style: Style = .plain) -> BodyItem {
        let lines = TextWrap.lines(TextSanitizer.forTerminal(text), width: width)
        return .block(width: width, height: max(1, lines.count)) { frame, x, y in
            for (row, line) in lines.enumerated() {
                frame.put(line, x: x, y: y + row, style: style, maxWidth: width)
            }
        }
    }

    /// One row of `width` cells: `text` flush left, `tag` (small print) after it when it fits.
    static func left(_ text: String, tag: String, width: Int, _ style: Style = .plain) -> BodyItem {
        let safe = TextSanitizer.forTerminal(text), safeTag = TextSanitizer.forTerminal(tag)
        return .block(width: width, height: 1) { frame, x, y in
            let end = frame.put(safe, x: x, y: y, style: style, maxWidth: width)
            if end - x + 2 + DisplayWidth.of(safeTag) <= width {
                frame.put(safeTag, x: end + 2, y: y, style: KioskStyle.quiet)
            }
        }
    }

    /// Rows of a numbered list, flush left; the row at `highlighted` in reverse video.
    static func numbered(_ rows: [String], highlighted: Int?, width: Int, dimmed: Set<Int> = []) -> BodyItem {
        let safe = rows.map(TextSanitizer.forTerminal)
        return .block(width: width, height: safe.count) { frame, x, y in
            for (row, text) in safe.enumerated() {
                let style = row == highlighted ? KioskStyle.highlight : dimmed.contains(row) ? KioskStyle.quiet : Style.plain
                if row == highlighted { frame.fill(Rect(x: x, y: y + row, width: width, height: 1), style: style) }
                frame.put(text, x: x, y: y + row, style: style, maxWidth: width)
            }
        }
    }
}
