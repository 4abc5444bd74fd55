import Screen

/// The frame around every ordinary screen: a header (centre, clock, connection), a rule, a body,
/// and a key legend on the last row.
enum Chrome {
    /// Draws header, rule and legend; returns the body rectangle between them.
    static func draw(_ state: KioskState, legend: String, on frame: inout Frame, footnote: String? = nil) -> Rect {
        let width = frame.width, height = frame.height
        let mode = state.settings.glyphMode
        let right = PakistanTime.dateAndTime(state.now) + "   " + mode.badge(state.settings.connectionBadge)
        let rightWidth = DisplayWidth.of(TextSanitizer.forTerminal(right))
        frame.write(right, x: width - 1 - rightWidth, y: 0)
        frame.write(state.settings.centreName, x: 1, y: 0, style: KioskStyle.title, maxWidth: max(0, width - rightWidth - 4))
        frame.fill(Rect(x: 0, y: 1, width: width, height: 1), with: mode.rule)
        frame.write(legend, x: 1, y: height - 1)
        if let footnote {
            let safe = TextSanitizer.forTerminal(footnote)
            frame.put(safe, x: width - 1 - DisplayWidth.of(safe), y: height - 1, style: KioskStyle.quiet)
        }
        return bodyRect(for: frame.size)
    }

    /// The body rectangle of a screen of `size`: under the header and rule, above the legend.
    static func bodyRect(for size: TerminalSize) -> Rect {
        Rect(x: 2, y: 3, width: size.width - 4, height: size.height - 5)
    }
}
