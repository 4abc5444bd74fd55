import Foundation
import IdentityCore
import Screen

/// Everything that can happen to the kiosk: input, time, size, and the results of effects.
public enum KioskEvent: Equatable, Sendable {
    /// A key from the keyboard, keypad or scanner.
    case key(KeyEvent)
    /// The clock moved (the runner sends one about every second).
    case tick(Date)
    /// The terminal changed size.
    case resize(TerminalSize)
    /// Result of `.lookUpCitizen`: found, and whether a PIN is set.
    case citizenFound(SessionCitizen, hasPIN: Bool)
    /// Result of `.lookUpCitizen`: no such CNIC in the registry.
    case citizenNotFound(CNIC)
    /// Result of `.verifyScannedPass`: the verdict, and the registry's citizen for the pass's CNIC if any.
    case passVerified(PassVerdict, SessionCitizen?)
    /// Result of `.checkPIN`.
    case pinChecked(PINPolicy.Outcome)
    /// Result of `.loadPass`: the pass text and its last valid day.
    case passLoaded(text: String, validUntil: CalendarDate)
    /// Result of `.checkOperatorPassword`.
    case operatorPasswordChecked(Bool)
    /// An effect failed (e.g. the store); the text is for the operator.
    case effectFailed(String)
}
