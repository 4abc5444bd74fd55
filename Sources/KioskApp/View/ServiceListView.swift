import Screen
import Services

/// Apply for a service: numbered services with fee and time; those not available greyed, unnumbered.
enum ServiceListView {
    /// Width of the list.
    static let listWidth = 74

    /// Draws the service list (or what it is waiting for, or why the citizen may not apply).
    static func draw(_ list: ServiceListScreen, _ state: KioskState, on frame: inout Frame) {
        let mode = state.settings.glyphMode
        let pages = ListPaging.pageCount(list.available.count)
        let legend: String
        switch list.phase {
        case .choosing: legend = "Press a number" + (pages > 1 ? "   0: more" : "") + "   Esc: back"
        case .notEligible: legend = "Enter: back"
        case .loading, .starting: legend = "Please wait   Esc: back"
        }
        let body = Chrome.draw(state, legend: legend, on: &frame)
        var items: [BodyItem] = [.text("Apply for a service", KioskStyle.title), .gap()]
        switch list.phase {
        case .loading:
            items.append(.text("Loading services\(mode.ellipsis)"))
        case .starting(let id):
            let title = list.available.first { $0.id == id }?.title.en ?? id
            items.append(.text("Opening \(title)\(mode.ellipsis)"))
        case .notEligible(let title, let reason):
            items += [.text(title.en, KioskStyle.title), .gap(), .text("You cannot apply for this service.", KioskStyle.attention),
                      .text(reason.en), .gap(), .text("Press Enter to go back")]
        case .choosing:
            items += rows(list, mode: mode, width: min(listWidth, body.width))
        }
        BodyLayout.draw(items, in: body, on: &frame)
    }

    /// The numbered rows of the page shown, then the unavailable ones, then the page number.
    private static func rows(_ list: ServiceListScreen, mode: GlyphMode, width: Int) -> [BodyItem] {
        guard !list.available.isEmpty || !list.unavailable.isEmpty else {
            return [.text("No services can be applied for at this kiosk now."), .text("Please ask at the counter.")]
        }
        var items: [BodyItem] = [.text("Choose a service"), .gap()]
        let shown = ListPaging.range(page: list.page, count: list.available.count)
        var lines = shown.enumerated().map { offset, index in
            row(key: "\(offset + 1)", service: list.available[index], mode: mode)
        }
        let firstDim = lines.count
        let isLastPage = shown.upperBound == list.available.count
        if isLastPage {
            lines += list.unavailable.map { "      " + ServiceWording.title(of: $0) + " (not available now)" }
        }
        items.append(.numbered(lines, highlighted: nil, width: width, dimmed: Set(firstDim..<lines.count)))
        let pages = ListPaging.pageCount(list.available.count)
        if pages > 1 { items += [.gap(), .text("Page \(list.page + 1) of \(pages)   0: more", KioskStyle.quiet)] }
        return items
    }

    /// `  1   Domicile Certificate            Rs 200    5–7 working days`.
    private static func row(key: String, service: ServiceDefinition, mode: GlyphMode) -> String {
        let title = TextSanitizer.forTerminal(service.title.en)
        let fitted = DisplayWidth.prefix(title, fittingIn: 32)
        return "  \(key)   " + ServiceWording.padded(fitted, to: 33) + ServiceWording.padded(ServiceWording.listFee(service.fee), to: 13)
            + ServiceWording.processing(service.processing, mode: mode)
    }
}
