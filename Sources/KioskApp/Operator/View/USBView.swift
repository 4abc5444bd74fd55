import Screen

/// Export to USB / Import from USB: the folder, the work, and what it came to (counts, plain reasons).
enum USBView {
    static func draw(_ usb: USBScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let body = DeskChrome.draw(state, legend: USBWording.legend(usb.phase, state), on: &frame)
        let width = min(body.width, 76)
        let label = USBWording.folderLabel(state)
        var items: [BodyItem] = [.text(USBWording.title(usb.direction, state), KioskStyle.title), .gap()]
        switch usb.phase {
        case .choosing(let note):
            items.append(DeskText.left(USBWording.explain(usb.direction, state), width: width, KioskStyle.quiet, state))
            items.append(.gap())
            let room = DeskView.formWidth - 3 - label.count
            items.append(DeskText.left("> " + label + USBWording.tail(usb.folder, room, mode) + "_", width: DeskView.formWidth, KioskStyle.title, state))
            if let note { items += [.gap(), DeskText.left(USBWording.note(note, state), width: width, KioskStyle.attention, state)] }
        case .working:
            items.append(DeskText.left(label + usb.folder, width: width, .plain, state))
            items += [.gap(), .text(USBWording.working(usb.direction, state))]
            if let progress = usb.progress {
                // The bar reads left to right in every language; in Urdu and Pashto the stage's words go on their own line.
                let bar = USBWording.bar(progress, cells: 20, mode), stage = USBWording.stage(progress, state)
                if state.isRightToLeft {
                    items += [.gap(), DeskText.left(bar, width: width, KioskStyle.title, rightToLeft: false), DeskText.left(stage, width: width, .plain, state)]
                } else {
                    items += [.gap(), DeskText.left(bar + "  " + stage, width: width, KioskStyle.title, state)]
                }
            }
        case .exported(let summary):
            for line in USBWording.exported(summary, state) { items.append(DeskText.left(line, width: width, .plain, state)) }
        case .imported(let report):
            for (line, attention) in USBWording.imported(report, state) {
                items.append(DeskText.left(line, width: width, attention ? KioskStyle.attention : .plain, state))
            }
        case .failed(let reason):
            items.append(DeskText.left(label + usb.folder, width: width, .plain, state))
            items += [.gap(), .text(USBWording.failed(usb.direction, reason, state), KioskStyle.attention)]
        }
        BodyLayout.draw(items, in: body, on: &frame)
    }
}
