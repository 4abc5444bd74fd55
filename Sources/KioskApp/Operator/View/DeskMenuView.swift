import Screen

/// The operator's menu.
enum DeskMenuView {
    static let menuWidth = 30

    static func draw(_ menu: DeskMenuScreen, _ state: KioskState, on frame: inout Frame) {
        let body = DeskChrome.draw(state, legend: state.text("desk.menu.legend"), on: &frame)
        let items = DeskMenuItem.allCases
        var content: [BodyItem] = [.text(state.text("desk.menu.title"), KioskStyle.title), .gap()]
        content.append(.block(width: menuWidth, height: items.count) { frame, x, y in
            for (row, item) in items.enumerated() {
                let style = item == menu.highlighted ? KioskStyle.highlight : Style.plain
                frame.fill(Rect(x: x, y: y + row, width: menuWidth, height: 1), style: style)
                frame.writeAligned("  \(item.key)   \(DeskMenuWording.title(item, state))  ", x: x, width: menuWidth, y: y + row, style: style,
                                   rightToLeft: state.isRightToLeft)
            }
        })
        BodyLayout.draw(content, in: body, on: &frame)
    }
}

/// The menu's words, from the string catalogs (`desk.menu.*`).
enum DeskMenuWording {
    static func title(_ item: DeskMenuItem, _ state: KioskState) -> String {
        switch item {
        case .findCitizen: state.text("desk.menu.find")
        case .outbox: state.text("desk.menu.outbox")
        case .exportUSB: state.text("desk.menu.exportUSB")
        case .importUSB: state.text("desk.menu.importUSB")
        case .signOut: state.text("desk.menu.signOut")
        }
    }
}
