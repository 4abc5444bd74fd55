import Screen

/// The frame around every ordinary screen: a header (centre, clock, connection), a rule, a body,
/// and a key legend on the last row.
enum Chrome {
    /// Draws header, rule and legend; returns the body rectangle between them.
    static func draw(_ state: KioskState, legend: String, on frame: inout Frame, footnote: String? = nil) -> Rect {
        let width = frame.width, height = frame.height
        let mode = state.settings.glyphMode
        // The most detailed badge that leaves the centre's name at least 20 columns; the year goes
        // before any badge detail does.
        let clocks = [PakistanTime.dateAndTime(state.now) + "   ", PakistanTime.dayAndTime(state.now) + "   "]
        let variants = ConnectionBadgeView.variants(state.connection, now: state.now).map(mode.badge)
        let fitting = variants.lazy.flatMap { badge in clocks.map { (clock: $0, badge: badge) } }.first { pair in
            DisplayWidth.of(TextSanitizer.forTerminal(pair.clock + pair.badge)) <= width - 2 - 20 - 3
        }
        let clock = fitting?.clock ?? clocks[1]
        let badge = fitting?.badge ?? variants[variants.count - 1]
        let right = clock + badge
        let rightWidth = DisplayWidth.of(TextSanitizer.forTerminal(right))
        frame.write(clock, x: width - 1 - rightWidth, y: 0)
        let overdue = state.connection.isOverdue(at: state.now) || state.connection.failed > 0 || state.connection.storageProblem
        frame.write(badge, x: width - 1 - DisplayWidth.of(TextSanitizer.forTerminal(badge)), y: 0, style: overdue ? KioskStyle.attention : Style())
        let nameWidth = max(0, width - rightWidth - 4)
        let centre = HeaderName.fitted(state.settings.centreName, width: nameWidth, ellipsis: mode.ellipsis)
        frame.write(centre, x: 1, y: 0, style: KioskStyle.title, maxWidth: nameWidth)
        frame.fill(Rect(x: 0, y: 1, width: width, height: 1), with: mode.rule)
        // A right-to-left language mirrors the last row: the legend from the right edge, the footnote on the left.
        let mirrored = state.isRightToLeft
        let footnoteWidth = footnote.map { DisplayWidth.of(TextSanitizer.forTerminal($0)) + 2 } ?? 0
        frame.writeAligned(legend, x: mirrored ? 1 + footnoteWidth : 1, width: width - 2 - footnoteWidth, y: height - 1, rightToLeft: mirrored)
        if let footnote {
            let safe = TextSanitizer.forTerminal(footnote)
            frame.put(safe, x: mirrored ? 1 : width - 1 - DisplayWidth.of(safe), y: height - 1, style: KioskStyle.quiet)
        }
        return bodyRect(for: frame.size)
    }

    /// The body rectangle of a screen of `size`: under the header and rule, above the legend.
    static func bodyRect(for size: TerminalSize) -> Rect {
        Rect(x: 2, y: 3, width: size.width - 4, height: size.height - 5)
    }
}
