import Screen

/// A citizen's full record for the operator (unmasked, sanitised), the card check and the actions.
enum CitizenRecordView {
    static func draw(_ screen: CitizenRecordScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let question = RecordWording.question(screen.phase)
        let body = DeskChrome.draw(state, legend: question == nil ? RecordWording.legend : RecordWording.questionLegend, on: &frame)
        let width = min(body.width, 76)
        let record = screen.record
        var items: [BodyItem] = [.left(record.nameLatin + (record.nameUrdu.isEmpty ? "" : "   " + record.nameUrdu), width: width, KioskStyle.title)]
        items.append(.left("CNIC \(record.cnic.formatted)   \(record.gender.rawValue)   born \(record.birthDate.iso)", width: width))
        items.append(.left(record.guardianRelation.words.capitalizedFirst + " " + record.guardianLatin + (record.guardianUrdu.isEmpty ? "" : "   " + record.guardianUrdu), width: width))
        items.append(.left("\(record.districtName), \(record.tehsil)   mobile \(record.mobile)", width: width))
        items.append(.left(ServiceWording.shortened(record.address, to: width, mode: mode), width: width))
        items += [.gap(), .left(RecordWording.pin(record.pin), width: width), .left(RecordWording.pass(record.pass), width: width)]
        items.append(.left(RecordWording.card(screen.cardCheck), width: width, screen.cardCheck == .checked ? .plain : KioskStyle.attention))
        items.append(.gap())
        items += RecordWording.actions.map { .left($0, width: width) }
        items.append(.gap())
        if let question {
            items.append(.left(question, width: width, KioskStyle.title))
        } else if screen.phase == .working {
            items.append(.left(RecordWording.working + mode.ellipsis, width: width))
        } else if let note = screen.note {
            items.append(.left(RecordWording.note(note), width: width, KioskStyle.attention))
        }
        BodyLayout.draw(items, in: body, on: &frame)
    }
}

extension String {
    /// The text with its first letter in capitals: `son of` → `Son of`.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
