/// The kinds of outbox operation a kiosk makes and the central store files (`PushOperation.kind`,
/// the kiosk's `outbox.kind`). The wire carries the raw value; a kind this build does not know stays a
/// string there, so the central can refuse it with a reason.
public enum OperationKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// A citizen's application, submitted on a kiosk. Payload: the whole application (`ApplicationSubmission`).
    case applicationSubmitted = "application.submitted"
    /// An operator set a new password at a kiosk. Payload: its verifier only (`OperatorCredentialPayload`).
    case operatorCredential = "operator.credential"
}
