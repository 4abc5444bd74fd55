import Screen
import Services

extension KioskState {
    /// The list: number keys open an application, 0 shows the next nine, Esc goes Home. The
    /// detail: Enter or Esc goes back to the list.
    func reduceApplicationsKey(_ key: KeyEvent, _ current: MyApplicationsScreen) -> ScreenTransition<MyApplicationsScreen> {
        guard let receipts = current.receipts else {
            return key == .escape ? .home(highlighting: .myApplications) : .stay(current)
        }
        var list = current
        if list.selected != nil {
            if key == .enter || key == .escape { list.selected = nil }
            return .stay(list)
        }
        switch key {
        case .character("0"), .pageDown, .right:
            list.page = ListPaging.next(list.page, count: receipts.count)
        case .pageUp, .left:
            list.page = ListPaging.previous(list.page, count: receipts.count)
        case .character(let character):
            if let index = ListPaging.index(forKey: character, page: list.page, count: receipts.count) { list.selected = index }
        case .escape:
            return .home(highlighting: .myApplications)
        case .enter where receipts.isEmpty:
            return .home(highlighting: .myApplications)
        default:
            break
        }
        return .stay(list)
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
