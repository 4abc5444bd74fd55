import IdentityCore
import Services

/// Work the operator screens ask the runner to do; each answer comes back as a `DeskEvent`.
public enum DeskEffect: Equatable, Sendable {
    /// Check an operator's id and password (or first-time code) → `.signInAnswered`.
    case signIn(id: String, secret: String)
    /// Store a first password (the code checked again) → `.passwordSet` or `.passwordRefused`.
    case setPassword(id: String, code: String, newPassword: String)
    /// Check a supervisor's co-sign → `.coSignAnswered`.
    case coSign(id: String, secret: String)
    /// The operator signed out (recorded in the audit); no answer needed.
    case signOut(operatorID: String)
    /// Find by CNIC → `.recordLoaded` (nil: no record).
    case loadRecord(CNIC)
    /// Verify a scanned pass and load its citizen → `.recordLoaded` or `.passRefused`.
    case findByPass(String)
    /// Citizens with this mobile number → `.matchesFound`.
    case findByMobile(String)
    /// Citizens whose name sounds like this, in one district or all → `.matchesFound`.
    case findByName(String, district: Int?)
    /// Record "card checked" in the audit → `.cardCheckRecorded`.
    case recordCardChecked(CNIC, operatorID: String)
    /// Hash and save a new PIN (activation or co-signed reset, old pass revoked when asked), then issue
    /// the pass → `.pinSaved`.
    case setPIN(CNIC, pin: String, operatorID: String, coSignerID: String?, revokeOldPass: Bool)
    /// Revoke the latest pass and issue a new one → `.passIssued`.
    case reissuePass(CNIC, operatorID: String)
    /// Revoke the latest pass → `.passRevoked`.
    case revokePass(CNIC, operatorID: String)
    /// Submit an application on the citizen's behalf → `.applicationSubmitted` / `.applicationRefused`.
    case submitAssisted(ApplicationDraft, operatorID: String)
    /// Read the outbox → `.outboxLoaded`.
    case loadOutbox
    /// Put a refused operation back in the queue → `.operationRetried`.
    case retryOperation(opID: String, operatorID: String)
    /// Write every unacknowledged operation into one field bundle in `folder` (whatever the freeze or
    /// sync state) → `.bundleExported` / `.usbFailed`.
    case exportBundle(folder: String, operatorID: String)
    /// Take in every receipt and changes bundle for this kiosk in `folder` → `.bundlesImported` / `.usbFailed`.
    case importBundles(folder: String, operatorID: String)
}
