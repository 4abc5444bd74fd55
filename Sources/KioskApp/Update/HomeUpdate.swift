import Screen

extension KioskState {
    /// Number keys choose at once; Up/Down move the highlight and Enter chooses it; Esc signs out.
    func reduceHomeKey(_ key: KeyEvent, _ home: HomeScreen) -> ScreenTransition<HomeScreen> {
        let items = HomeMenuItem.allCases
        let index = items.firstIndex(of: home.highlighted) ?? 0
        switch key {
        case .character(let character):
            guard let item = HomeMenuItem(key: character) else { return .stay(home) }
            return choose(item)
        case .up:
            var moved = home
            moved.highlighted = items[max(0, index - 1)]
            return .stay(moved)
        case .down:
            var moved = home
            moved.highlighted = items[min(items.count - 1, index + 1)]
            return .stay(moved)
        case .enter:
            return choose(home.highlighted)
        case .escape:
            return choose(.signOut)
        default:
            return .stay(home)
        }
    }

    /// Acts on a menu entry.
    private func choose(_ item: HomeMenuItem) -> ScreenTransition<HomeScreen> {
        guard let citizen else { return .welcome() }
        switch item {
        case .myPass:
            if let text = citizen.passText { return .go(.myPass(MyPassScreen(passText: text))) }
            return .go(.myPass(.preparing), effects: [.loadPass(citizen.cnic)])
        case .applyForService:
            if let reason = freezeReason { return .go(.notice(Notice(.applicationsPaused(reason), exit: .home))) }
            return .go(.services(ServiceListScreen()), effects: [.loadServices])
        case .changePIN:
            return .go(.changePIN(ChangePINScreen()))
        case .myApplications:
            return .go(.applications(MyApplicationsScreen()), effects: [.loadApplications(citizen.cnic)])
        case .signOut:
            return .welcome(forceWipe: true)
        }
    }
}
