import IdentityCore

/// The Welcome screen: the CNIC field, a hidden scan buffer, and what the kiosk is waiting for.
public struct WelcomeScreen: Equatable, Sendable {
    /// The longest scan kept; a pass is 122 characters, anything longer is not a pass anyway.
    public static let maxScanLength = 256

    /// The CNIC digits typed.
    public var entry: CNICEntry
    /// Characters that are not part of a CNIC (a scanner typing a pass); never shown.
    public var scanBuffer: String
    /// A plain message under the field.
    public var note: WelcomeNote?
    /// Typing, or waiting for the registry or the pass check.
    public var phase: WelcomePhase

    /// A Welcome screen; the default is empty.
    public init(entry: CNICEntry = CNICEntry(), scanBuffer: String = "", note: WelcomeNote? = nil, phase: WelcomePhase = .typing) {
        self.entry = entry
        self.scanBuffer = scanBuffer
        self.note = note
        self.phase = phase
    }

    /// True when nothing is typed, scanned, shown or awaited: the screen an idle kiosk rests on.
    public var isResting: Bool { entry.isEmpty && scanBuffer.isEmpty && note == nil && phase == .typing }
}

/// What the Welcome screen is doing.
public enum WelcomePhase: Equatable, Sendable {
    /// Accepting keys.
    case typing
    /// Waiting for `.citizenFound` / `.citizenNotFound` for this CNIC.
    case lookingUp(CNIC)
    /// Waiting for `.passVerified`.
    case checkingPass
}

/// A message under the CNIC field.
public enum WelcomeNote: Equatable, Sendable {
    /// Enter on a number that is not a CNIC.
    case invalidCNIC(CNIC.ParseError)
    /// Enter on scanned or typed text that is neither a pass nor a CNIC.
    case notAPassOrCNIC
    /// The operator password was refused.
    case wrongOperatorPassword
}
