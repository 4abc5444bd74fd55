/// What one screen's reducer decides for one key or one result: stay on the screen with its new
/// payload, or leave it for another screen. Reducers only read the state; `KioskState.apply`
/// alone writes `screen`, and only `.stay` writes a payload back, so a stale copy of one screen
/// can never overwrite the screen that replaced it.
enum ScreenTransition<Payload> {
    /// Stay on this screen with `payload`, and run `effects`.
    case stay(Payload, effects: [KioskEffect] = [])
    /// Show `screen` (the citizen stays signed in), and run `effects`.
    case go(KioskScreen, effects: [KioskEffect] = [])
    /// Back to the Home menu with `item` highlighted (Welcome when nobody is signed in).
    case home(highlighting: HomeMenuItem = .myPass)
    /// Back to Welcome, with an optional note: the session ends (wiped when a citizen was on
    /// screen, or always with `forceWipe`).
    case welcome(note: WelcomeNote? = nil, forceWipe: Bool = false)
    /// A notice leading back to Welcome: the session ends now (and is wiped if there was one).
    case endSession(NoticeReason)
}

extension KioskState {
    /// Carries out `transition`: the one place a screen's payload is written back (with
    /// `staying`, e.g. `KioskScreen.welcome`) or the screen changes. Returns the effects to run.
    mutating func apply<Payload>(_ transition: ScreenTransition<Payload>, staying: (Payload) -> KioskScreen) -> [KioskEffect] {
        switch transition {
        case .stay(let payload, let effects):
            screen = staying(payload)
            return effects
        case .go(let next, let effects):
            screen = next
            return effects
        case .home(let item):
            return returnHome(highlighting: item)
        case .welcome(let note, let forceWipe):
            return returnToWelcome(note: note, forceWipe: forceWipe)
        case .endSession(let reason):
            return endSession(with: reason)
        }
    }
}
