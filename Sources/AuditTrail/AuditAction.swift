/// What an audit entry records: every operator action and security event at the counter. The raw value
/// is what entries store and sign; a value this build does not know is kept as text by `AuditEntry`.
public enum AuditAction: String, Codable, Sendable, CaseIterable {
    case operatorSignedIn = "operator.signed-in"
    case operatorSignInFailed = "operator.sign-in-failed"
    case operatorLockedOut = "operator.locked-out"
    case operatorSignedOut = "operator.signed-out"
    case cardChecked = "card.checked"
    case pinActivated = "pin.activated"
    case pinReset = "pin.reset"
    case pinChanged = "pin.changed"
    case citizenLockedOut = "citizen.locked-out"
    case passIssued = "pass.issued"
    case passRevoked = "pass.revoked"
    case applicationAssisted = "application.assisted"
    case outboxRetried = "outbox.retried"
    case freezeStarted = "freeze.started"
    case freezeEnded = "freeze.ended"
    /// The desk wrote a field bundle (Export to USB).
    case bundleExported = "field-bundle.exported"
    /// The desk took in the central's field bundles (Import from USB).
    case bundleImported = "field-bundle.imported"
}
