import Screen

/// One piece of a screen's body, stacked top to bottom and centred.
struct BodyItem {
    /// What the piece is.
    enum Content {
        /// Text wrapped to the body's width, every row centred.
        case text(String, Style)
        /// Empty rows.
        case gap(Int)
        /// A fixed-size drawing (a field, a menu), centred; the closure draws at its top-left corner.
        case block(width: Int, height: Int, draw: (inout Frame, _ x: Int, _ y: Int) -> Void)
    }

    let content: Content

    /// Centred text (sanitised here, before it is measured).
    static func text(_ text: String, _ style: Style = .plain) -> BodyItem {
        BodyItem(content: .text(TextSanitizer.forTerminal(text), style))
    }

    /// `rows` empty rows.
    static func gap(_ rows: Int = 1) -> BodyItem { BodyItem(content: .gap(rows)) }

    /// A drawing of `width` × `height` cells.
    static func block(width: Int, height: Int, draw: @escaping (inout Frame, Int, Int) -> Void) -> BodyItem {
        BodyItem(content: .block(width: width, height: height, draw: draw))
    }
}

/// Stacks body items in a rectangle, centred both ways, cutting what does not fit at the bottom.
enum BodyLayout {
    /// Draws `items` into `rect` of `frame`.
    static func draw(_ items: [BodyItem], in rect: Rect, on frame: inout Frame) {
        let height = items.reduce(0) { $0 + rows(of: $1, width: rect.width) }
        var y = rect.y + max(0, (rect.height - height) / 2)
        let bottom = rect.y + rect.height
        for item in items {
            switch item.content {
            case .text(let text, let style):
                for line in TextWrap.lines(text, width: rect.width) where y < bottom {
                    frame.writeCentered(line, in: rect, y: y, style: style)
                    y += 1
                }
                if text.allSatisfy({ $0 == " " }) { y += 1 }
            case .gap(let count):
                y += count
            case .block(let width, let blockHeight, let draw):
                if y + blockHeight <= bottom {
                    draw(&frame, rect.x + max(0, (rect.width - width) / 2), y)
                }
                y += blockHeight
            }
        }
    }

    /// Rows an item takes at `width`.
    static func rows(of item: BodyItem, width: Int) -> Int {
        switch item.content {
        case .text(let text, _): max(1, TextWrap.lines(text, width: width).count)
        case .gap(let count): count
        case .block(_, let height, _): height
        }
    }
}
