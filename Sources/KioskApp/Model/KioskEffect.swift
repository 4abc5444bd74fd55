import IdentityCore
import Services

/// Work the core asks the runner to do; each result comes back as a `KioskEvent`.
public enum KioskEffect: Equatable, Sendable {
    /// Find the citizen → `.citizenFound` or `.citizenNotFound`.
    case lookUpCitizen(CNIC)
    /// Verify scanned pass text and find its citizen → `.passVerified`.
    case verifyScannedPass(String)
    /// Check a PIN (and save the try count) → `.pinChecked`.
    case checkPIN(CNIC, pin: String)
    /// Load (or issue) the citizen's pass → `.passLoaded`.
    case loadPass(CNIC)
    /// Read the service definitions → `.servicesLoaded`.
    case loadServices
    /// Check eligibility and read the registry's prefill for one service → `.applicationReady`.
    case startApplication(serviceID: String, cnic: CNIC)
    /// Validate and save a draft with its outbox row → `.applicationSubmitted` or `.applicationRefused`.
    case submitApplication(ApplicationDraft)
    /// Read the citizen's applications → `.applicationsLoaded`.
    case loadApplications(CNIC)
    /// Check the operator password → `.operatorPasswordChecked`.
    case checkOperatorPassword(String)
    /// An operator screen's work → `.desk(…)`.
    case desk(DeskEffect)
    /// Check the old PIN (counting the try) and save the new one → `.pinChangeAnswered`.
    case changePIN(CNIC, old: String, new: String)
    /// A freeze began (its reason) or ended (nil): an audit entry, when the kiosk keeps an audit trail; no event
    /// comes back.
    case recordFreeze(FreezeReason?)
    /// Ask the sync engine to send now (an application was just saved); no event comes back.
    case requestSync
    /// Clear the whole terminal, scrollback included: a session ended.
    case wipeScreen
    /// Leave the program.
    case quit
}
