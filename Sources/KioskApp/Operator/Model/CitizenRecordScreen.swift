/// One citizen's record on the operator's screen: the details, whether the physical card was
/// checked, and what is being done.
public struct CitizenRecordScreen: Equatable, Sendable {
    /// The citizen's details.
    public var record: DeskCitizenRecord
    /// Whether the operator confirmed the physical CNIC matches (required before any change).
    public var cardCheck: CardCheck
    /// A question or a wait in progress.
    public var phase: RecordPhase
    /// What happened last.
    public var note: RecordNote?

    /// The record, card not yet checked.
    public init(record: DeskCitizenRecord, cardCheck: CardCheck = .notChecked, phase: RecordPhase = .choosing, note: RecordNote? = nil) {
        self.record = record
        self.cardCheck = cardCheck
        self.phase = phase
        self.note = note
    }
}

/// The card-checked step.
public enum CardCheck: Equatable, Sendable {
    case notChecked
    /// Recorded in the audit: changes are allowed.
    case checked
}

/// What the record screen is doing.
public enum RecordPhase: Equatable, Sendable {
    /// Number keys choose an action.
    case choosing
    /// "Do number, name, photo and expiry on the card match? 1 Yes 2 No".
    case confirmingCard
    /// "Revoke the pass? 1 Yes 2 No".
    case confirmingRevoke
    /// "Also revoke the old pass? 1 Yes 2 No", before the reset's co-sign.
    case askingRevokeOnReset
    /// Waiting for the store.
    case working
}

/// A message on the record screen.
public enum RecordNote: Equatable, Sendable {
    /// An action needs the card checked first.
    case checkCardFirst
    /// Activation on a citizen who has a PIN: use reset.
    case alreadyHasPIN
    /// Reset on a citizen without a PIN: use activate.
    case noPINToReset
    /// Nothing to revoke or reissue.
    case noPass
    case passRevoked
    /// New applications are paused; the reason.
    case frozen(FreezeReason)
    /// The card check was recorded.
    case cardChecked
    /// The card does not match: nothing may be changed.
    case cardMismatch
    /// A PIN was saved (the co-signer named when there was one).
    case pinSaved
    /// The store failed.
    case failed(String)
}
