import Screen

/// Find a citizen: the four fields and the results, full CNICs (only operators see this screen).
enum FindCitizenView {
    static func draw(_ find: FindCitizenScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let body = DeskChrome.draw(state, legend: FindWording.legend(state), on: &frame)
        let width = min(body.width, 76)
        var items: [BodyItem] = [.text(FindWording.title(state), KioskStyle.title), .gap()]
        let cnicValue = find.scanBuffer.isEmpty ? find.cnic.formatted : FindWording.readingPass(state)
        items.append(DeskView.field(FindWording.cnicLabel(state), cnicValue, focused: find.focus == .cnic))
        items.append(DeskView.field(FindWording.mobileLabel(state), find.mobile, focused: find.focus == .mobile))
        items.append(DeskView.field(FindWording.nameLabel(state), find.name, focused: find.focus == .name))
        let district = find.district.isEmpty ? "" : find.district + (KioskState.district(startingWith: find.district, in: state.settings.districts).map { " → \($0.name)" } ?? "")
        items.append(DeskView.field(FindWording.districtLabel(state), district, focused: find.focus == .district))
        items.append(.gap())
        if find.isSearching {
            items.append(.text(FindWording.searching(state)))
        } else if let note = find.note {
            items.append(.text(FindWording.note(note, state), KioskStyle.attention))
        }
        if let results = find.results, !results.isEmpty {
            items.append(DeskText.left(FindWording.resultsHeader(results.count, page: find.page, state), width: width, KioskStyle.quiet, rightToLeft: false))
            for (offset, index) in ListPaging.range(page: find.page, count: results.count).enumerated() {
                items.append(.left(ServiceWording.shortened(FindWording.row(offset + 1, results[index]), to: width, mode: mode), width: width))
            }
        }
        BodyLayout.draw(items, in: body, on: &frame)
    }
}
