import Screen

/// The pass just issued: the QR code black on white, the facts beside it (words from `desk.pass.*`), who is signed in.
enum IssuedPassView {
    static func draw(_ issued: IssuedPassScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let legend = state.text("desk.pass.legend")
        var text: [BodyItem] = [.text(state.text("desk.pass.title"), KioskStyle.title), .gap(), .text(issued.record.nameLatin, KioskStyle.title)]
        text += [.text(issued.record.cnic.formatted), .gap(), .text(state.text("desk.pass.validUntil", ["date": issued.pass.validUntil.display]))]
        text.append(.text(state.text("desk.pass.serial", ["serial": String(issued.pass.serial)])))
        if let session = state.operatorSession { text += [.gap(), .text(DeskWording.signedIn(session.signedIn, state), KioskStyle.quiet)] }
        if let code = issued.code {
            let grid = MyPassView.renderer(for: mode).render(code)
            let width = frame.width, height = frame.height
            if width >= grid.width + MyPassView.gap + MyPassView.textWidth, height >= grid.height {
                let left = (width - grid.width - MyPassView.gap - MyPassView.textWidth) / 2
                MyPassView.drawGrid(grid, x: left, y: (height - grid.height) / 2, on: &frame)
                let column = Rect(x: left + grid.width + MyPassView.gap, y: 0, width: MyPassView.textWidth, height: height - 1)
                BodyLayout.draw(text, in: column, on: &frame)
                frame.write(legend, x: column.x, y: height - 1)
                return
            }
        }
        let body = DeskChrome.draw(state, legend: legend, on: &frame)
        BodyLayout.draw(text + [.gap(), .text(state.text("desk.pass.noCode"), KioskStyle.attention)], in: body, on: &frame)
    }
}
