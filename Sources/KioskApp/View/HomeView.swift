import Screen

/// Home: greeting and the numbered menu, the highlighted entry in reverse video.
enum HomeView {
    /// The narrowest menu row (the highlight bar is never shorter).
    static let minimumMenuWidth = 28

    /// Draws the Home screen.
    static func draw(_ home: HomeScreen, _ state: KioskState, on frame: inout Frame) {
        let legend = state.text("home.legend")
        let body = Chrome.draw(state, legend: legend, on: &frame)
        let items = HomeMenuItem.allCases
        var content = Greeting.items(state)
        content += [.gap(), .text(state.text("home.question")), .gap()]
        let rightToLeft = state.isRightToLeft
        // Numbered on the left, or on the right in a right-to-left language.
        let labels = items.map { "  \($0.key)   \(state.text($0.catalogKey))" }
        let width = menuWidth(labels, bodyWidth: body.width)
        content.append(.block(width: width, height: items.count) { frame, x, y in
            for (row, item) in items.enumerated() {
                let style = item == home.highlighted ? KioskStyle.highlight : Style.plain
                frame.fill(Rect(x: x, y: y + row, width: width, height: 1), style: style)
                frame.writeAligned(labels[row], x: x, width: width, y: y + row, style: style, rightToLeft: rightToLeft)
            }
        })
        BodyLayout.draw(content, in: body, on: &frame)
    }

    /// As wide as the longest label and two columns of margin (at least `minimumMenuWidth`, at most
    /// the body): a label is measured in display columns, so a long Urdu or Roman Urdu entry is never cut.
    static func menuWidth(_ labels: [String], bodyWidth: Int) -> Int {
        let longest = labels.map { DisplayWidth.of(TextSanitizer.forTerminal($0)) }.max() ?? 0
        return min(bodyWidth, max(minimumMenuWidth, longest + 2))
    }
}
