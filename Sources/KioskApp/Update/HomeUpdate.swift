import Screen

extension KioskState {
    /// Number keys choose at once; Up/Down move the highlight and Enter chooses it; Esc signs out.
    mutating func handleHomeKey(_ key: KeyEvent, _ home: inout HomeScreen) -> [KioskEffect] {
        let items = HomeMenuItem.allCases
        let index = items.firstIndex(of: home.highlighted) ?? 0
        switch key {
        case .character(let character):
            guard let item = HomeMenuItem(key: character) else { return [] }
            return choose(item)
        case .up:
            home.highlighted = items[max(0, index - 1)]
            return []
        case .down:
            home.highlighted = items[min(items.count - 1, index + 1)]
            return []
        case .enter:
            return choose(home.highlighted)
        case .escape:
            return choose(.signOut)
        default:
            return []
        }
    }

    /// Acts on a menu entry.
    private mutating func choose(_ item: HomeMenuItem) -> [KioskEffect] {
        guard let citizen else { return returnToWelcome() }
        switch item {
        case .myPass:
            if let text = citizen.passText {
                screen = .myPass(MyPassScreen(passText: text))
                return []
            }
            screen = .myPass(.preparing)
            return [.loadPass(citizen.cnic)]
        case .applyForService:
            screen = .services(ServiceListScreen())
            return [.loadServices]
        case .myApplications:
            screen = .applications(MyApplicationsScreen())
            return [.loadApplications(citizen.cnic)]
        case .signOut:
            return returnToWelcome(forceWipe: true)
        }
    }
}
