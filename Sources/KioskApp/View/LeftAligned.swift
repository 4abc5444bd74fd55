import Screen

extension Frame {
    /// One line of a form or list: `put` as it is on a left-to-right screen; on a right-to-left one,
    /// shaped as one field and set against the right edge of the `width` columns from `x`.
    /// Returns the column after the text (left to right) or the text's first column (right to left).
    @discardableResult
    mutating func line(_ text: String, x: Int, width: Int, y: Int, style: Style = .plain, rightToLeft: Bool) -> Int {
        guard rightToLeft else { return put(text, x: x, y: y, style: style, maxWidth: width) }
        // Shaped once: measured and written from the same visual text.
        let fitted = Frame.fittedField(text, fittingIn: max(0, width))
        let left = x + max(0, width - fitted.columns)
        put(fitted.text, x: left, y: y, style: style, maxWidth: width)
        return left
    }
}

extension BodyItem {
    /// Text wrapped to `width` and written flush left (flush right in a right-to-left language) in a
    /// block of that width (sanitised first), for forms and lists that read better aligned than centred.
    static func left(_ text: String, width: Int, _ style: Style = .plain, rightToLeft: Bool = false) -> BodyItem {
        let lines = TextWrap.lines(TextSanitizer.forTerminal(text), width: width)
        return .block(width: width, height: max(1, lines.count)) { frame, x, y in
            for (row, line) in lines.enumerated() {
                frame.line(line, x: x, width: width, y: y + row, style: style, rightToLeft: rightToLeft)
            }
        }
    }

    /// `text` flush left, wrapped (never cut: a citizen must be able to check a prefilled address),
    /// and `tag` after its last line, or on a line of its own when it does not fit there (mirrored in
    /// a right-to-left language: the tag to the left of the text).
    static func left(_ text: String, tag: String, width: Int, _ style: Style = .plain, rightToLeft: Bool = false) -> BodyItem {
        let safeTag = TextSanitizer.forTerminal(tag)
        let lines = TextWrap.lines(TextSanitizer.forTerminal(text), width: max(1, width))
        let lastWidth = lines.last.map(Frame.shapedWidth) ?? 0
        let tagWidth = Frame.shapedWidth(safeTag)
        let tagFits = lastWidth + 2 + tagWidth <= width
        return .block(width: width, height: max(1, lines.count) + (tagFits ? 0 : 1)) { frame, x, y in
            var end = x
            for (row, line) in lines.enumerated() {
                end = frame.line(line, x: x, width: width, y: y + row, style: style, rightToLeft: rightToLeft)
            }
            let lastRow = y + max(0, lines.count - 1)
            switch (tagFits, rightToLeft) {
            case (true, false):
                frame.put(safeTag, x: end + 2, y: lastRow, style: KioskStyle.quiet, maxWidth: width - (end - x) - 2)
            case (true, true):
                frame.line(safeTag, x: x, width: max(0, end - x - 2), y: lastRow, style: KioskStyle.quiet, rightToLeft: true)
            case (false, _):
                frame.line(safeTag, x: x, width: width, y: y + max(1, lines.count), style: KioskStyle.quiet, rightToLeft: rightToLeft)
            }
        }
    }

    /// `label` in the first `labelWidth` columns and `value` wrapped beside it (hanging indent); in a
    /// right-to-left language the label in the last `labelWidth` columns and the value to its left.
    static func labelled(_ label: String, _ value: String, labelWidth: Int, width: Int, _ style: Style = .plain, rightToLeft: Bool = false) -> BodyItem {
        let safeLabel = TextSanitizer.forTerminal(label)
        let lines = TextWrap.lines(TextSanitizer.forTerminal(value), width: max(1, width - labelWidth))
        return .block(width: width, height: max(1, lines.count)) { frame, x, y in
            if rightToLeft {
                frame.line(safeLabel, x: x + width - labelWidth + 1, width: labelWidth - 1, y: y, style: style, rightToLeft: true)
                for (row, line) in lines.enumerated() {
                    frame.line(line, x: x, width: width - labelWidth, y: y + row, style: style, rightToLeft: true)
                }
                return
            }
            frame.put(safeLabel, x: x, y: y, style: style, maxWidth: labelWidth - 1)
            for (row, line) in lines.enumerated() {
                frame.put(line, x: x + labelWidth, y: y + row, style: style, maxWidth: width - labelWidth)
            }
        }
    }

    /// `bullet` and `text` wrapped after it (hanging indent; the bullet on the right, right to left).
    static func bullet(_ text: String, bullet: String, width: Int, rightToLeft: Bool = false) -> BodyItem {
        labelled(rightToLeft ? bullet + " " : " " + bullet, text, labelWidth: 3, width: width, rightToLeft: rightToLeft)
    }

    /// This item drawn at the left edge of a `width`-wide block (so it lines up with flush-left text).
    func flushLeft(in width: Int) -> BodyItem {
        guard case .block(let inner, let height, let draw) = content, inner < width else { return self }
        return .block(width: width, height: height, draw: draw)
    }

    /// This item at the start edge of a `width`-wide block: the left, or the right in a right-to-left language.
    func flushStart(in width: Int, rightToLeft: Bool) -> BodyItem {
        guard rightToLeft else { return flushLeft(in: width) }
        guard case .block(let inner, let height, let draw) = content, inner < width else { return self }
        return .block(width: width, height: height) { frame, x, y in draw(&frame, x + width - inner, y) }
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

    /// Rows of columns (`columns` are the widths of all but the last, which takes the rest; a row with
    /// fewer cells lets its last cell take the rest). Every cell is a field of its own, shaped apart.
    /// Left to right the first column is on the left; right to left it is on the right, every cell set
    /// against its column's right edge less the spaces its text starts with (so `"  1"` keeps its margin).
    static func table(_ rows: [[String]], columns: [Int], highlighted: Int? = nil, width: Int, dimmed: Set<Int> = [], rightToLeft: Bool) -> BodyItem {
        let safe = rows.map { $0.map(TextSanitizer.forTerminal) }
        return .block(width: width, height: safe.count) { frame, x, y in
            for (row, cells) in safe.enumerated() {
                let style = row == highlighted ? KioskStyle.highlight : dimmed.contains(row) ? KioskStyle.quiet : Style.plain
                if row == highlighted { frame.fill(Rect(x: x, y: y + row, width: width, height: 1), style: style) }
                var offset = 0
                for (index, cell) in cells.enumerated() {
                    let isLast = index == cells.count - 1 || index >= columns.count
                    let cellWidth = max(0, isLast ? width - offset : min(columns[index], width - offset))
                    if rightToLeft {
                        let lead = cell.prefix { $0 == " " }.count
                        let text = String(cell.dropFirst(lead))
                        frame.line(text, x: x + width - offset - cellWidth, width: max(0, cellWidth - lead), y: y + row, style: style, rightToLeft: true)
                    } else {
                        frame.put(cell, x: x + offset, y: y + row, style: style, maxWidth: cellWidth)
                    }
                    offset += cellWidth
                    if isLast { break }
                }
            }
        }
    }
}
