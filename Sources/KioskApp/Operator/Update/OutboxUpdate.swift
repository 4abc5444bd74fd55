import Screen

extension KioskState {
    /// Outbox: a number key retries that refused operation, 0 or Page Down shows the next nine, F5
    /// reloads, Esc goes back to the menu.
    func reduceOutboxKey(_ key: KeyEvent, _ current: OutboxScreen) -> ScreenTransition<OutboxScreen> {
        var outbox = current
        if key == .escape { return .go(.desk(.menu(DeskMenuScreen(highlighted: .outbox)))) }
        guard let rows = outbox.rows, !outbox.isRetrying else { return .stay(outbox) }
        switch key {
        case .character("0"), .pageDown:
            outbox.page = ListPaging.next(outbox.page, count: rows.count)
        case .pageUp:
            outbox.page = ListPaging.previous(outbox.page, count: rows.count)
        case .function(5), .control("r"):
            return .stay(OutboxScreen(), effects: [.desk(.loadOutbox)])
        case .character(let character):
            guard let index = ListPaging.index(forKey: character, page: outbox.page, count: rows.count) else { break }
            guard rows[index].refusal != nil else {
                outbox.note = .notRefused
                break
            }
            outbox.isRetrying = true
            outbox.note = nil
            return .stay(outbox, effects: [.desk(.retryOperation(opID: rows[index].opID, operatorID: operatorID))])
        default:
            break
        }
        return .stay(outbox)
    }

    /// The outbox arrived: refused first (they need the operator), then pending, oldest first.
    mutating func handleOutboxLoaded(_ rows: [OutboxRow]) -> [KioskEffect] {
        guard case .desk(.outbox(let outbox)) = screen, outbox.rows == nil || outbox.isRetrying else { return [] }
        let ordered = rows.filter { $0.refusal != nil } + rows.filter { $0.refusal == nil }
        screen = .desk(.outbox(OutboxScreen(rows: ordered, note: outbox.note)))
        return []
    }

    /// A retry was written: say so, reload the list, and nudge the sync.
    mutating func handleOperationRetried(opID: String, requeued: Bool) -> [KioskEffect] {
        guard case .desk(.outbox(var outbox)) = screen, outbox.isRetrying else { return [] }
        outbox.note = requeued ? .retried(opID: opID) : .notRefused
        screen = .desk(.outbox(outbox))
        return requeued ? [.desk(.loadOutbox), .requestSync] : [.desk(.loadOutbox)]
    }
}
