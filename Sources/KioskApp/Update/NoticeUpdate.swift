import Screen

extension KioskState {
    /// Enter or Esc leaves a notice for where it leads.
    func reduceNoticeKey(_ key: KeyEvent, _ notice: Notice) -> ScreenTransition<Notice> {
        guard key == .enter || key == .escape else { return .stay(notice) }
        switch notice.exit {
        case .welcome: return .welcome()
        case .home: return .home()
        }
    }
}
