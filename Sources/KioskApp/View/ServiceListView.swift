import Screen
import Services

/// Apply for a service: numbered services with fee and time; those not available greyed, unnumbered.
/// Right to left the columns mirror: the number on the right, then the title, the fee, the time.
enum ServiceListView {
    /// Width of the list.
    static let listWidth = 74
    /// Columns of the number, the title and the fee (the time takes the rest).
    static let columns = [6, 33, 13]

    /// Draws the service list (or what it is waiting for, or why the citizen may not apply).
    static func draw(_ list: ServiceListScreen, _ state: KioskState, on frame: inout Frame) {
        let pages = ListPaging.pageCount(list.available.count)
        let legend: String
        switch list.phase {
        case .choosing: legend = state.legend(["list.pressNumber"] + (pages > 1 ? ["list.more"] : []) + ["legend.back"])
        case .notEligible: legend = state.text("legend.enterBack")
        case .loading, .starting: legend = state.legend(["legend.wait", "legend.back"])
        }
        let body = Chrome.draw(state, legend: legend, on: &frame)
        var items: [BodyItem] = [.text(state.text("services.title"), KioskStyle.title), .gap()]
        switch list.phase {
        case .loading:
            items.append(.text(state.text("services.loading")))
        case .starting(let id):
            let title = list.available.first { $0.id == id }.map { state.localized($0.title) } ?? id
            items.append(.text(state.text("services.opening", ["title": title])))
        case .notEligible(let title, let reason):
            items += [.text(state.localized(title), KioskStyle.title), .gap(), .text(state.text("services.notEligible"), KioskStyle.attention),
                      .text(state.localized(reason)), .gap(), .text(state.text("common.pressEnterBack"))]
        case .choosing:
            items += rows(list, state, width: min(listWidth, body.width))
        }
        BodyLayout.draw(items, in: body, on: &frame)
    }

    /// The numbered rows of the page shown, then the unavailable ones, then the page number.
    private static func rows(_ list: ServiceListScreen, _ state: KioskState, width: Int) -> [BodyItem] {
        guard !list.available.isEmpty || !list.unavailable.isEmpty else {
            return [.text(state.text("services.none")), .text(state.text("common.askCounter"))]
        }
        var items: [BodyItem] = [.text(state.text("services.choose")), .gap()]
        let shown = ListPaging.range(page: list.page, count: list.available.count)
        var lines = shown.enumerated().map { offset, index in
            row(key: "\(offset + 1)", service: list.available[index], state)
        }
        let firstDim = lines.count
        let isLastPage = shown.upperBound == list.available.count
        if isLastPage {
            lines += list.unavailable.map { ["", title(of: $0, state) + " " + state.text("services.notAvailable")] }
        }
        items.append(.table(lines, columns: columns, width: width, dimmed: Set(firstDim..<lines.count), rightToLeft: state.isRightToLeft))
        let pages = ListPaging.pageCount(list.available.count)
        if pages > 1 {
            let page = state.text("list.page", ["page": "\(list.page + 1)", "count": "\(pages)"])
            items += [.gap(), .text(state.joined([page, state.text("list.more")]), KioskStyle.quiet)]
        }
        return items
    }

    /// `  1   Domicile Certificate            Rs 200    5–7 working days`, a cell per column.
    private static func row(key: String, service: ServiceDefinition, _ state: KioskState) -> [String] {
        let title = TextSanitizer.forTerminal(state.localized(service.title))
        return ["  \(key)", DisplayWidth.prefix(title, fittingIn: 32), state.listFee(service.fee), state.processing(service.processing)]
    }

    /// A service's title in the session's language, or the file name of one that could not be read.
    private static func title(of unavailable: UnavailableService, _ state: KioskState) -> String {
        unavailable.title.map { state.localized($0) } ?? unavailable.id ?? unavailable.file
    }
}
