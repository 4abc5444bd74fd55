import Foundation
import IdentityCore
import Screen
import Services

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
    /// Result of `.loadServices`: the services offered, and the files that could not be read.
    case servicesLoaded(available: [ServiceDefinition], unavailable: [UnavailableService])
    /// Result of `.startApplication`: the definition, field id → registry answer, and why the
    /// citizen may not apply (nil when eligible).
    case applicationReady(ServiceDefinition, prefilled: [String: String], ineligibleReason: LocalizedText?)
    /// Result of `.submitApplication`: saved, with its receipt.
    case applicationSubmitted(ApplicationReceipt)
    /// Result of `.submitApplication`: not accepted (e.g. the service changed meanwhile); its words.
    case applicationRefused(LocalizedText)
    /// Result of `.loadApplications`.
    case applicationsLoaded([ApplicationReceipt])
    /// Result of `.checkOperatorPassword`.
    case operatorPasswordChecked(Bool)
    /// The answer to a `DeskEffect`.
    case desk(DeskEvent)
    /// Result of `.changePIN`.
    case pinChangeAnswered(PINChangeOutcome)
    /// An effect failed (e.g. the store); the text is for the operator.
    case effectFailed(String)
    /// The sync engine's latest view of the link to the central store.
    case connectionChanged(ConnectionBadge)
    /// The kiosk was told to stop (SIGTERM or SIGHUP): wipe the screen and leave.
    case quitRequested
}
