/// The operator's screens, reached only through an operator sign-in. One decision per screen.
public enum DeskScreen: Equatable, Sendable {
    /// Operator id and password (or first-time code).
    case signIn(OperatorSignInScreen)
    /// First sign-in: choose a password, twice.
    case setPassword(SetPasswordScreen)
    /// The operator's menu.
    case menu(DeskMenuScreen)
    /// Find a citizen by CNIC or scanned pass, mobile number or name.
    case find(FindCitizenScreen)
    /// One citizen's full record, the card check and the actions.
    case record(CitizenRecordScreen)
    /// A supervisor's co-sign for a PIN reset.
    case coSign(CoSignScreen)
    /// The citizen types a new PIN, twice.
    case newPIN(NewPINScreen)
    /// The pass just issued, as a QR code.
    case issuedPass(IssuedPassScreen)
    /// Pending and refused operations, the link and the clock.
    case outbox(OutboxScreen)
    /// Export to USB / Import from USB.
    case usb(USBScreen)
}
