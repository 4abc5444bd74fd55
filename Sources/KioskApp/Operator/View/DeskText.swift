import Screen

/// Desk text that may be Urdu or Pashto: wrapped, each line shaped and put in visual order (`Frame.write`),
/// flush left, or flush right in a right-to-left language.
enum DeskText {
    static func left(_ text: String, width: Int, _ style: Style = .plain, _ state: KioskState) -> BodyItem {
        left(text, width: width, style, rightToLeft: state.isRightToLeft)
    }

    /// The same, flush right only when `rightToLeft` (a form line keeps its marker and label on the left).
    static func left(_ text: String, width: Int, _ style: Style = .plain, rightToLeft: Bool) -> BodyItem {
        let lines = TextWrap.lines(TextSanitizer.forTerminal(text), width: width)
        return .block(width: width, height: max(1, lines.count)) { frame, x, y in
            for (row, line) in lines.enumerated() {
                frame.writeAligned(line, x: x, width: width, y: y + row, style: style, rightToLeft: rightToLeft)
            }
        }
    }
}
