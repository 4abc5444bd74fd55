import Screen

/// The pass just issued: the QR code black on white, the facts beside it, who is signed in.
enum IssuedPassView {
    static let legend = "Enter: back to the record"

    static func draw(_ issued: IssuedPassScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        var text: [BodyItem] = [.text("Pass issued", KioskStyle.title), .gap(), .text(issued.record.nameLatin, KioskStyle.title)]
        text += [.text(issued.record.cnic.formatted), .gap(), .text("Valid until \(issued.pass.validUntil.display)"), .text("Serial \(issued.pass.serial)")]
        if let session = state.operatorSession { text += [.gap(), .text(DeskWording.signedIn(session.signedIn), KioskStyle.quiet)] }
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
        BodyLayout.draw(text + [.gap(), .text("The code cannot be shown on this screen; the pass was saved.", KioskStyle.attention)], in: body, on: &frame)
    }
}
