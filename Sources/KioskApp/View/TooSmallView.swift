import Screen

/// "Please make the window at least 80×24", shortened until it fits whatever size the window has.
enum TooSmallView {
    /// Draws the message centred; never draws outside the frame, even at 1×1 or 0×0.
    static func draw(_ state: KioskState, on frame: inout Frame) {
        let minimum = KioskState.minimumSize
        let size = "\(minimum.width)\(state.settings.glyphMode.times)\(minimum.height)"
        let candidates = [state.text("tooSmall.long", ["size": size]), state.text("tooSmall.short", ["size": size]), size]
        let width = frame.width, height = frame.height
        let chosen = candidates.lazy
            .map { TextWrap.lines($0, width: width) }
            .first { $0.count <= height } ?? TextWrap.lines(size, width: width)
        let top = max(0, (height - chosen.count) / 2)
        for (offset, line) in chosen.enumerated() {
            frame.writeCentered(line, in: frame.bounds, y: top + offset, style: KioskStyle.title)
        }
    }
}
