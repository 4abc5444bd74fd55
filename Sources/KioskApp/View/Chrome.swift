import Screen

/// The frame around every ordinary screen: a header (centre, clock, connection), a rule, a body,
/// and a key legend on the last row.
enum Chrome {
    /// Draws header, rule and legend; returns the body rectangle between them.
    static func draw(_ state: KioskState, legend: String, on frame: inout Frame, footnote: String? = nil) -> Rect {
        let width = frame.width, height = frame.height
        let mode = state.settings.glyphMode
        let mirrored = state.isRightToLeft
        // The most detailed badge that leaves the centre's name at least 20 columns; the year goes
        // before any badge detail does. Clock and badge are fields of their own (shaped apart).
        // Each shaped once (sanitised, in visual order), then measured and written as it is.
        let clocks = [state.clock(state.now, withYear: true), state.clock(state.now, withYear: false)].map { Frame.field($0, fittingIn: nil) }
        let variants = ConnectionBadgeView.variants(state.connection, now: state.now, state).map { Frame.field(mode.badge($0), fittingIn: nil) }
        let fitting = variants.lazy.flatMap { badge in clocks.map { (clock: $0, badge: badge) } }.first { pair in
            DisplayWidth.of(pair.clock) + 3 + DisplayWidth.of(pair.badge) <= width - 2 - 20 - 3
        }
        let clock = fitting?.clock ?? clocks[1]
        let badge = fitting?.badge ?? variants[variants.count - 1]
        let clockWidth = DisplayWidth.of(clock), badgeWidth = DisplayWidth.of(badge)
        let rightWidth = clockWidth + 3 + badgeWidth
        let overdue = state.connection.isOverdue(at: state.now) || state.connection.failed > 0 || state.connection.storageProblem
        let badgeStyle = overdue ? KioskStyle.attention : Style()
        let nameWidth = max(0, width - rightWidth - 4)
        let centre = HeaderName.fitted(state.settings.centreName(in: state.language), width: nameWidth, ellipsis: mode.ellipsis)
        if mirrored {
            // Right to left: the centre's name on the right (in Urdu or Pashto script when configured),
            // then the clock, the badge at the left edge.
            frame.put(badge, x: 1, y: 0, style: badgeStyle)
            frame.put(clock, x: 1 + badgeWidth + 3, y: 0)
            frame.writeAligned(centre, x: width - 1 - nameWidth, width: nameWidth, y: 0, style: KioskStyle.title, rightToLeft: true)
        } else {
            frame.put(clock, x: width - 1 - rightWidth, y: 0)
            frame.put(badge, x: width - 1 - badgeWidth, y: 0, style: badgeStyle)
            frame.write(centre, x: 1, y: 0, style: KioskStyle.title, maxWidth: nameWidth)
        }
        frame.fill(Rect(x: 0, y: 1, width: width, height: 1), with: mode.rule)
        // A right-to-left language mirrors the last row: the legend from the right edge, the footnote on the left.
        let footnoteWidth = footnote.map { Frame.shapedWidth($0) + 2 } ?? 0
        frame.writeAligned(legend, x: mirrored ? 1 + footnoteWidth : 1, width: width - 2 - footnoteWidth, y: height - 1, rightToLeft: mirrored)
        if let footnote {
            frame.write(footnote, x: mirrored ? 1 : width - 1 - Frame.shapedWidth(footnote), y: height - 1, style: KioskStyle.quiet)
        }
        return bodyRect(for: frame.size)
    }

    /// The body rectangle of a screen of `size`: under the header and rule, above the legend.
    static func bodyRect(for size: TerminalSize) -> Rect {
        Rect(x: 2, y: 3, width: size.width - 4, height: size.height - 5)
    }
}
