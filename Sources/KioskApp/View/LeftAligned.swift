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

    /// `text` flush left, wrapped (never cut: a citizen must be able to check a prefilled address),
    /// and `tag` after its last line, or on a line of its own when it does not fit there.
    static func left(_ text: String, tag: String, width: Int, _ style: Style = .plain) -> BodyItem {
        let safeTag = TextSanitizer.forTerminal(tag)
        let lines = TextWrap.lines(TextSanitizer.forTerminal(text), width: max(1, width))
        let lastWidth = lines.last.map(DisplayWidth.of) ?? 0
        let tagFits = lastWidth + 2 + DisplayWidth.of(safeTag) <= width
        return .block(width: width, height: max(1, lines.count) + (tagFits ? 0 : 1)) { frame, x, y in
            var end = x
            for (row, line) in lines.enumerated() {
                end = frame.put(line, x: x, y: y + row, style: style, maxWidth: width)
            }
            if tagFits {
                frame.put(safeTag, x: end + 2, y: y + max(0, lines.count - 1), style: KioskStyle.quiet, maxWidth: width - (end - x) - 2)
            } else {
                frame.put(safeTag, x: x, y: y + max(1, lines.count), style: KioskStyle.quiet, maxWidth: width)
            }
        }
    }

    /// `label` in the first `labelWidth` columns and `value` wrapped beside it (hanging indent).
    static func labelled(_ label: String, _ value: String, labelWidth: Int, width: Int, _ style: Style = .plain) -> BodyItem {
        let safeLabel = TextSanitizer.forTerminal(label)
        let lines = TextWrap.lines(TextSanitizer.forTerminal(value), width: max(1, width - labelWidth))
        return .block(width: width, height: max(1, lines.count)) { frame, x, y in
            frame.put(safeLabel, x: x, y: y, style: style, maxWidth: labelWidth - 1)
            for (row, line) in lines.enumerated() {
                frame.put(line, x: x + labelWidth, y: y + row, style: style, maxWidth: width - labelWidth)
            }
        }
    }

    /// `bullet` and `text` wrapped after it (hanging indent).
    static func bullet(_ text: String, bullet: String, width: Int) -> BodyItem {
        labelled(" " + bullet, text, labelWidth: 3, width: width)
    }

    /// This item drawn at the left edge of a `width`-wide block (so it lines up with flush-left text).
    func flushLeft(in width: Int) -> BodyItem {
        guard case .block(let inner, let height, let draw) = content, inner < width else { return self }
        return .block(width: width, height: height, draw: draw)
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
