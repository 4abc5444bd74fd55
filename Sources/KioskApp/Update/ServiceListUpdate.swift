import Screen
import Services

extension KioskState {
    /// Number keys choose an available service on the page shown; 0 (or Page Down) shows the next
    /// nine; Esc goes back Home. While waiting only Esc works; a "not eligible" notice takes Enter.
    mutating func handleServiceListKey(_ key: KeyEvent, _ list: inout ServiceListScreen) -> [KioskEffect] {
        switch list.phase {
        case .loading, .starting:
            return key == .escape ? returnHome(highlighting: .applyForService) : []
        case .notEligible:
            if key == .enter || key == .escape { list.phase = .choosing }
            return []
        case .choosing:
            break
        }
        let count = list.available.count
        switch key {
        case .character("0"), .pageDown, .right:
            list.page = ListPaging.next(list.page, count: count)
            return []
        case .pageUp, .left:
            list.page = ListPaging.previous(list.page, count: count)
            return []
        case .character(let character):
            guard let index = ListPaging.index(forKey: character, page: list.page, count: count), let cnic = citizen?.cnic else { return [] }
            let serviceID = list.available[index].id
            list.phase = .starting(serviceID: serviceID)
            return [.startApplication(serviceID: serviceID, cnic: cnic)]
        case .escape:
            return returnHome(highlighting: .applyForService)
        default:
            return []
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
        guard case .services(var list) = screen, list.phase == .starting(serviceID: service.id) else { return [] }
        if let ineligibleReason {
            list.phase = .notEligible(title: service.title, reason: ineligibleReason)
            screen = .services(list)
            return []
        }
        screen = .wizard(WizardScreen(service: service, prefilled: prefilled))
        return []
    }
}

extension ServiceListScreen {
    /// True while waiting for `.applicationReady`.
    var isStarting: Bool {
        if case .starting = phase { return true }
        return false
    }
}
