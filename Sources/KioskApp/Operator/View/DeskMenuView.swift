import Screen

/// The operator's menu.
enum DeskMenuView {
    static let menuWidth = 30

    static func draw(_ menu: DeskMenuScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let body = DeskChrome.draw(state, legend: "Press a number   \(mode.upDown) and Enter: choose   Esc: sign out", on: &frame)
        let items = DeskMenuItem.allCases
        var content: [BodyItem] = [.text("Operator desk", KioskStyle.title), .gap()]
        content.append(.block(width: menuWidth, height: items.count) { frame, x, y in
            for (row, item) in items.enumerated() {
                let style = item == menu.highlighted ? KioskStyle.highlight : Style.plain
                frame.fill(Rect(x: x, y: y + row, width: menuWidth, height: 1), style: style)
                frame.put("  \(item.key)   \(DeskMenuWording.title(item))", x: x, y: y + row, style: style, maxWidth: menuWidth)
            }
        })
        BodyLayout.draw(content, in: body, on: &frame)
    }
}

/// The menu's words.
enum DeskMenuWording {
    static func title(_ item: DeskMenuItem) -> String {
        switch item {
        case .findCitizen: "Find a citizen"
        case .outbox: "Outbox and sync"
        case .signOut: "Sign out"
        }
    }
}
