import Screen

/// Outbox and sync: the link, the clock, the counts, and the operations (refused first, with the
/// central's reason).
enum OutboxView {
    static func draw(_ outbox: OutboxScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let body = DeskChrome.draw(state, legend: OutboxWording.legend, on: &frame)
        let width = min(body.width, 76)
        var items: [BodyItem] = [.text(OutboxWording.title, KioskStyle.title), .gap()]
        items.append(.left(OutboxWording.link(state.connection, now: state.now), width: width))
        items.append(.left(OutboxWording.counts(state.connection, now: state.now), width: width))
        items.append(.gap())
        if let rows = outbox.rows {
            if rows.isEmpty { items.append(.left(OutboxWording.empty, width: width)) }
            for (offset, index) in ListPaging.range(page: outbox.page, count: rows.count).enumerated() {
                let line = ServiceWording.shortened(OutboxWording.row(offset + 1, rows[index], now: state.now), to: width, mode: mode)
                items.append(.left(line, width: width, rows[index].refusal == nil ? .plain : KioskStyle.attention))
            }
        } else {
            items.append(.text(OutboxWording.loading + mode.ellipsis))
        }
        if let note = outbox.note { items += [.gap(), .left(OutboxWording.note(note), width: width, KioskStyle.attention)] }
        BodyLayout.draw(items, in: body, on: &frame)
    }
}
