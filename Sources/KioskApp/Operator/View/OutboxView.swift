import Screen

/// Outbox and sync: the link, the clock, the counts, and the operations (refused first, with the
/// central's reason).
enum OutboxView {
    static func draw(_ outbox: OutboxScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let body = DeskChrome.draw(state, legend: OutboxWording.legend(state), on: &frame)
        let width = min(body.width, 76)
        var items: [BodyItem] = [.text(OutboxWording.title(state), KioskStyle.title), .gap()]
        items.append(DeskText.left(OutboxWording.link(state.connection, state), width: width, .plain, state))
        items.append(DeskText.left(OutboxWording.counts(state.connection, state), width: width, .plain, state))
        items.append(.gap())
        if let rows = outbox.rows {
            if rows.isEmpty { items.append(DeskText.left(OutboxWording.empty(state), width: width, .plain, state)) }
            for (offset, index) in ListPaging.range(page: outbox.page, count: rows.count).enumerated() {
                let line = ServiceWording.shortened(OutboxWording.row(offset + 1, rows[index], state), to: width, mode: mode)
                items.append(DeskText.left(line, width: width, rows[index].refusal == nil ? .plain : KioskStyle.attention, state))
            }
        } else {
            items.append(.text(OutboxWording.loading(state)))
        }
        if let note = outbox.note { items += [.gap(), DeskText.left(OutboxWording.note(note, state), width: width, KioskStyle.attention, state)] }
        BodyLayout.draw(items, in: body, on: &frame)
    }
}
