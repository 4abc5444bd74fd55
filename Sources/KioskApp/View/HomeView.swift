import Screen

/// Home: greeting and the numbered menu, the highlighted entry in reverse video.
enum HomeView {
    /// Width of a menu row.
    static let menuWidth = 28

    /// Draws the Home screen.
    static func draw(_ home: HomeScreen, _ state: KioskState, on frame: inout Frame) {
        let legend = state.text("home.legend")
        let body = Chrome.draw(state, legend: legend, on: &frame)
        let items = HomeMenuItem.allCases
        var content = Greeting.items(state)
        content += [.gap(), .text(state.text("home.question")), .gap()]
        let rightToLeft = state.isRightToLeft
        content.append(.block(width: menuWidth, height: items.count) { frame, x, y in
            for (row, item) in items.enumerated() {
                let style = item == home.highlighted ? KioskStyle.highlight : Style.plain
                frame.fill(Rect(x: x, y: y + row, width: menuWidth, height: 1), style: style)
                // Numbered on the left, or on the right in a right-to-left language.
                let label = "  \(item.key)   \(state.text(item.catalogKey))"
                frame.writeAligned(label, x: x, width: menuWidth, y: y + row, style: style, rightToLeft: rightToLeft)
            }
        })
        BodyLayout.draw(content, in: body, on: &frame)
    }
}
