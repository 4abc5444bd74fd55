import Screen

/// A citizen's full record for the operator (unmasked, sanitised), the card check and the actions; flush
/// right in Urdu and Pashto.
enum CitizenRecordView {
    static func draw(_ screen: CitizenRecordScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let question = RecordWording.question(screen.phase, state)
        let body = DeskChrome.draw(state, legend: question == nil ? RecordWording.legend(state) : RecordWording.questionLegend(state), on: &frame)
        let width = min(body.width, 76)
        let record = screen.record
        func line(_ text: String, _ style: Style = .plain) -> BodyItem { DeskText.left(text, width: width, style, state) }
        var items: [BodyItem] = [line(record.nameLatin + (record.nameUrdu.isEmpty ? "" : "   " + record.nameUrdu), KioskStyle.title)]
        items.append(line(RecordWording.facts(record, state)))
        items.append(line(RecordWording.relation(record.guardianRelation, state) + " " + record.guardianLatin + (record.guardianUrdu.isEmpty ? "" : "   " + record.guardianUrdu)))
        items.append(line(RecordWording.place(record, state)))
        items.append(line(ServiceWording.shortened(record.address, to: width, mode: mode)))
        items += [.gap(), line(RecordWording.pin(record.pin, state)), line(RecordWording.pass(record.pass, state))]
        items.append(line(RecordWording.card(screen.cardCheck, state), screen.cardCheck == .checked ? .plain : KioskStyle.attention))
        items.append(.gap())
        items += RecordWording.actions(state).map { line($0) }
        items.append(.gap())
        if let question {
            items.append(line(question, KioskStyle.title))
        } else if screen.phase == .working {
            items.append(line(RecordWording.working(state)))
        } else if let note = screen.note {
            items.append(line(RecordWording.note(note, state), KioskStyle.attention))
        }
        BodyLayout.draw(items, in: body, on: &frame)
    }
}
