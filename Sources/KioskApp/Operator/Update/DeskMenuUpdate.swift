import Screen

extension KioskState {
    /// The operator's menu: number keys choose, Up/Down and Enter choose the highlighted entry, Esc signs out.
    mutating func handleDeskMenuKey(_ key: KeyEvent, _ current: DeskMenuScreen) -> [KioskEffect] {
        let items = DeskMenuItem.allCases
        let index = items.firstIndex(of: current.highlighted) ?? 0
        var menu = current
        switch key {
        case .character(let character):
            guard let item = DeskMenuItem(key: character) else { return [] }
            return chooseDeskMenu(item)
        case .up: menu.highlighted = items[max(0, index - 1)]
        case .down: menu.highlighted = items[min(items.count - 1, index + 1)]
        case .enter: return chooseDeskMenu(menu.highlighted)
        case .escape: return chooseDeskMenu(.signOut)
        default: break
        }
        screen = .desk(.menu(menu))
        return []
    }

    private mutating func chooseDeskMenu(_ item: DeskMenuItem) -> [KioskEffect] {
        switch item {
        case .findCitizen:
            screen = .desk(.find(FindCitizenScreen()))
            return []
        case .outbox:
            screen = .desk(.outbox(OutboxScreen()))
            return [.desk(.loadOutbox)]
        case .exportUSB:
            screen = .desk(.usb(usbScreen(.export)))
            return []
        case .importUSB:
            screen = .desk(.usb(usbScreen(.import)))
            return []
        case .signOut:
            return signOutOperator()
        }
    }
}
