import Screen
import Services

extension KioskState {
    /// Number keys choose an available service on the page shown; 0 (or Page Down) shows the next
    /// nine; Esc goes back Home. While waiting only Esc works; a "not eligible" notice takes Enter.
    func reduceServiceListKey(_ key: KeyEvent, _ current: ServiceListScreen) -> ScreenTransition<ServiceListScreen> {
        var list = current
        switch list.phase {
        case .loading, .starting:
            return key == .escape ? .home(highlighting: .applyForService) : .stay(list)
        case .notEligible:
            if key == .enter || key == .escape { list.phase = .choosing }
            return .stay(list)
        case .choosing:
            break
        }
        let count = list.available.count
        switch key {
        case .character("0"), .pageDown, .right:
            list.page = ListPaging.next(list.page, count: count)
            return .stay(list)
        case .pageUp, .left:
            list.page = ListPaging.previous(list.page, count: count)
            return .stay(list)
        case .character(let character):
            guard let index = ListPaging.index(forKey: character, page: list.page, count: count), let cnic = citizen?.cnic else { return .stay(list) }
            let serviceID = list.available[index].id
            list.phase = .starting(serviceID: serviceID)
            return .stay(list, effects: [.startApplication(serviceID: serviceID, cnic: cnic)])
        case .escape:
            return .home(highlighting: .applyForService)
        default:
            return .stay(list)
        }
    }

    /// The services arrived: show them.
    mutating func handleServicesLoaded(available: [ServiceDefinition], unavailable: [UnavailableService]) -> [KioskEffect] {
        guard case .services(let list) = screen, list.phase == .loading else { return [] }
        screen = .services(ServiceListScreen(available: available, unavailable: unavailable, phase: .choosing))
        return []
    }

    /// The chosen service is ready: its form, or why the citizen may not apply.
    mutating func handleApplicationReady(_ service: ServiceDefinition, prefilled: [String: String], ineligibleReason: LocalizedText?) -> [KioskEffect] {
        guard case .services(let list) = screen, list.phase == .starting(serviceID: service.id) else { return [] }
        return apply(readyTransition(list, service, prefilled: prefilled, ineligibleReason: ineligibleReason), staying: KioskScreen.services)
    }

    /// Where a ready service leads from the list: its form, or the list saying why not.
    private func readyTransition(
        _ current: ServiceListScreen, _ service: ServiceDefinition, prefilled: [String: String], ineligibleReason: LocalizedText?
    ) -> ScreenTransition<ServiceListScreen> {
        guard let ineligibleReason else { return .go(.wizard(WizardScreen(service: service, prefilled: prefilled))) }
        var list = current
        list.phase = .notEligible(title: service.title, reason: ineligibleReason)
        return .stay(list)
    }
}

extension ServiceListScreen {
    /// True while waiting for `.applicationReady`.
    var isStarting: Bool {
        if case .starting = phase { return true }
        return false
    }
}
