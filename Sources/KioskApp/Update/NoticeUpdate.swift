import Screen

extension KioskState {
    /// Enter or Esc leaves a notice for where it leads.
    mutating func handleNoticeKey(_ key: KeyEvent, _ notice: Notice) -> [KioskEffect] {
        guard key == .enter || key == .escape else { return [] }
        switch notice.exit {
        case .welcome: return returnToWelcome()
        case .home: return returnHome()
        }
    }
}
