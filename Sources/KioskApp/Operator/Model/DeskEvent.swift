import Foundation
import IdentityCore

/// Answers to `DeskEffect`s.
public enum DeskEvent: Equatable, Sendable {
    /// Result of `.signIn`.
    case signInAnswered(DeskSignInResult)
    /// Result of `.setPassword`: saved.
    case passwordSet(DeskOperator)
    /// Result of `.setPassword`: refused, with the reason.
    case passwordRefused(String)
    /// Result of `.coSign`.
    case coSignAnswered(DeskSignInResult)
    /// Result of `.loadRecord` / `.findByPass`: the record, or nil when the registry has none.
    case recordLoaded(DeskCitizenRecord?, looked: CNIC)
    /// Result of `.findByPass`: not a valid pass.
    case passRefused(PassVerdict)
    /// Result of `.findByMobile` / `.findByName`.
    case matchesFound([DeskMatch])
    /// Result of `.recordCardChecked`.
    case cardCheckRecorded(CNIC)
    /// Result of `.setPIN`: saved, and the pass issued.
    case pinSaved(DeskCitizenRecord, IssuedPass)
    /// Result of `.reissuePass`.
    case passIssued(DeskCitizenRecord, IssuedPass)
    /// Result of `.revokePass`: the record after it.
    case passRevoked(DeskCitizenRecord)
    /// Result of `.loadOutbox`.
    case outboxLoaded([OutboxRow])
    /// Result of `.retryOperation`: whether a refused operation was put back.
    case operationRetried(opID: String, requeued: Bool)
    /// Result of `.exportBundle`.
    case bundleExported(USBExportSummary)
    /// Result of `.importBundles`.
    case bundlesImported(USBImportReport)
    /// Result of either USB effect: nothing done, and why (stick missing, not writable, no key…).
    case usbFailed(String)
    /// While a USB effect works: how far it is (posted before its result; one after it is ignored).
    case usbProgress(USBProgress)
    /// Right after an export or import: the outbox's counts for the header badge (as a sync round gives them).
    case outboxCounted(pending: Int, oldestPending: Date?, failed: Int)
}

/// What an operator sign-in (or co-sign) came to.
public enum DeskSignInResult: Equatable, Sendable {
    case signedIn(DeskOperator)
    /// A first-time code was used: a password must be chosen.
    case mustSetPassword(DeskOperator)
    /// Refused, with the plain reason.
    case refused(String)
    case lockedOut(until: Date)
    case unknownOrDisabled
}
