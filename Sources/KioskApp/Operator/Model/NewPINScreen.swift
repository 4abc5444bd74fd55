import IdentityCore

/// The citizen types a new PIN on the keypad, twice; the screen shows only dots.
public struct NewPINScreen: Equatable, Sendable {
    /// The citizen.
    public var record: DeskCitizenRecord
    /// First activation, or a reset co-signed by a supervisor.
    public var purpose: NewPINPurpose
    /// The first entry (kept until the second matches; never shown).
    public var first: String
    /// The second entry.
    public var second: String
    /// Which entry is being typed, or saving.
    public var stage: NewPINStage
    /// Why the last PIN was not taken.
    public var note: NewPINNote?

    /// An empty entry for `record`.
    public init(record: DeskCitizenRecord, purpose: NewPINPurpose) {
        self.record = record
        self.purpose = purpose
        self.first = ""
        self.second = ""
        self.stage = .first
        self.note = nil
    }
}

/// Why a PIN is being set.
public enum NewPINPurpose: Equatable, Sendable {
    /// The citizen's first PIN.
    case activate
    /// A forgotten or locked PIN, co-signed by `coSigner`; the old pass revoked when asked.
    case reset(coSigner: DeskOperator, revokeOldPass: Bool)
}

/// Where the PIN entry is.
public enum NewPINStage: Equatable, Sendable {
    case first
    case second
    /// Waiting for the PIN to be saved and the pass issued.
    case saving
}

/// Why a new PIN was not taken.
public enum NewPINNote: Equatable, Sendable {
    case weak(PINStrength.Weakness)
    /// The second entry differed; start again.
    case different
}
