import Screen

/// A notice: a short headline, plain words, and what Enter does.
enum NoticeView {
    /// Draws `notice`.
    static func draw(_ notice: Notice, _ state: KioskState, on frame: inout Frame) {
        let body = Chrome.draw(state, legend: state.text("notice.legend"), on: &frame)
        let words = NoticeWording(notice.reason, state)
        var items: [BodyItem] = [.text(words.headline, KioskStyle.title), .gap()]
        items += words.lines.map { .text($0) }
        if let detail = words.detail { items += [.gap(), .text(detail, KioskStyle.quiet)] }
        items += [.gap(), .text(words.prompt)]
        BodyLayout.draw(items, in: body, on: &frame)
    }
}
