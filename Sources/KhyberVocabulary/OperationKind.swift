/// The kinds of outbox operation a kiosk makes and the central store files (`PushOperation.kind`,
/// the kiosk's `outbox.kind`). The wire carries the raw value; a kind this build does not know stays a
/// string there, so the central can refuse it with a reason.
public enum OperationKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// A citizen's application, submitted on a kiosk. Payload: the whole application (`ApplicationSubmission`).
    case applicationSubmitted = "application.submitted"
    /// An operator set a new password at a kiosk. Payload: its verifier only (`OperatorCredentialPayload`).
    case operatorCredential = "operator.credential"
    /// One sealed audit entry. Payload: `AuditEntryOperation` (the entry, masked, plus the citizen's CNIC
    /// for the central's keyed lookup hash). Entity: `audit:<index>`.
    case auditEntry = "audit.entry"
    /// A citizen's PIN was set or reset. Payload: the verifier (scrypt hash, salt, cost) and its lock-out
    /// state — never the PIN. Entity: `pin:<masked CNIC>`.
    case pinSet = "pin.set"
    /// A citizen was locked out or unlocked. Payload: failed attempts and `lockedUntil`. Entity as `pin.set`.
    case pinState = "pin.state"
    /// A pass was revoked at the kiosk. Payload: issuer key (when known), serial, when. Entity: `pass:<serial>`.
    case passRevoked = "pass.revoked"
}
