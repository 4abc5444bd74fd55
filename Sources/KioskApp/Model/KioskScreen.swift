/// Which screen the kiosk shows, with that screen's own data. One decision per screen.
public enum KioskScreen: Equatable, Sendable {
    /// Type a CNIC or scan a pass.
    case welcome(WelcomeScreen)
    /// Enter the 4-digit PIN of the citizen found.
    case pin(PINScreen)
    /// The signed-in menu.
    case home(HomeScreen)
    /// The citizen's Khyber Pass as a QR code.
    case myPass(MyPassScreen)
    /// A menu entry that is not built yet.
    case comingSoon(HomeMenuItem)
    /// Plain words about what happened, and Enter to go on.
    case notice(Notice)

    /// The empty Welcome screen.
    public static let start = KioskScreen.welcome(WelcomeScreen())
}
