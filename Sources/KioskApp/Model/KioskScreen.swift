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
    /// Apply for a service: the list of services.
    case services(ServiceListScreen)
    /// The application form of one service, through Review, Declaration and Submit.
    case wizard(WizardScreen)
    /// The receipt after Submit.
    case receipt(ReceiptScreen)
    /// My applications: the list and one application in detail.
    case applications(MyApplicationsScreen)
    /// Plain words about what happened, and Enter to go on.
    case notice(Notice)
    /// The operator's screens (only after an operator sign-in).
    case desk(DeskScreen)
    /// Change PIN: the old PIN, then the new one twice.
    case changePIN(ChangePINScreen)

    /// The empty Welcome screen.
    public static let start = KioskScreen.welcome(WelcomeScreen())
}
