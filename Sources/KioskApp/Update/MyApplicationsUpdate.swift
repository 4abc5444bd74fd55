import Screen
import Services

extension KioskState {
    /// The list: number keys open an application, 0 shows the next nine, Esc goes Home. The
    /// detail: Enter or Esc goes back to the list.
    mutating func handleApplicationsKey(_ key: KeyEvent, _ screen: inout MyApplicationsScreen) -> [KioskEffect] {
        guard let receipts = screen.receipts else {
            return key == .escape ? returnHome(highlighting: .myApplications) : []
        }
        if screen.selected != nil {
            if key == .enter || key == .escape { screen.selected = nil }
            return []
        }
        switch key {
        case .character("0"), .pageDown, .right:
            screen.page = ListPaging.next(screen.page, count: receipts.count)
        case .pageUp, .left:
            screen.page = ListPaging.previous(screen.page, count: receipts.count)
        case .character(let character):
            if let index = ListPaging.index(forKey: character, page: screen.page, count: receipts.count) { screen.selected = index }
        case .escape:
            return returnHome(highlighting: .myApplications)
        case .enter where receipts.isEmpty:
            return returnHome(highlighting: .myApplications)
        default:
            break
        }
        return []
    }

    /// The applications arrived: newest first.
    mutating func handleApplicationsLoaded(_ receipts: [ApplicationReceipt]) -> [KioskEffect] {
        guard case .applications(let current) = screen, current.receipts == nil else { return [] }
        let newestFirst = receipts.enumerated()
            .sorted { ($0.element.submittedAt, $1.offset) > ($1.element.submittedAt, $0.offset) }
            .map(\.element)
        screen = .applications(MyApplicationsScreen(receipts: newestFirst))
        return []
    }
}
