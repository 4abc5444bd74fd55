import Screen

/// Home: greeting and the numbered menu, the highlighted entry in reverse video.
enum HomeView {
    /// Width of a menu row.
    static let menuWidth = 28

    /// Draws the Home screen.
    static func draw(_ home: HomeScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let legend = "Press a number   \(mode.upDown) and Enter: choose   Esc: sign out"
        let body = Chrome.draw(state, legend: legend, on: &frame)
        let items = HomeMenuItem.allCases
        var content = Greeting.items(for: state.citizen, mode: mode)
        content += [.gap(), .text("What would you like to do?"), .gap()]
        content.append(.block(width: menuWidth, height: items.count) { frame, x, y in
            for (row, item) in items.enumerated() {
                let style = item == home.highlighted ? KioskStyle.highlight : Style.plain
                frame.fill(Rect(x: x, y: y + row, width: menuWidth, height: 1), style: style)
                frame.put("  \(item.key)   \(item.title)", x: x, y: y + row, style: style, maxWidth: menuWidth)
            }
        })
        BodyLayout.draw(content, in: body, on: &frame)
    }
}
