import Foundation
import IdentityCore

/// A PIN reset's second signature: a supervisor, not the operator signed in, signs in on the same screen.
public struct CoSignScreen: Equatable, Sendable {
    /// The citizen whose PIN is reset.
    public var record: DeskCitizenRecord
    /// Whether the old pass is revoked with the reset.
    public var revokeOldPass: Bool
    /// The supervisor's id.
    public var id: String
    /// The supervisor's password; never shown.
    public var secret: String
    /// Which field takes the keys.
    public var focus: SignInField
    /// True while the co-sign is checked.
    public var isChecking: Bool
    /// Why the last co-sign was refused.
    public var note: CoSignNote?

    /// An empty co-sign for `record`.
    public init(record: DeskCitizenRecord, revokeOldPass: Bool) {
        self.record = record
        self.revokeOldPass = revokeOldPass
        self.id = ""
        self.secret = ""
        self.focus = .id
        self.isChecking = false
        self.note = nil
    }
}

/// Why a co-sign was refused.
public enum CoSignNote: Equatable, Sendable {
    /// The operator signed in cannot co-sign their own reset.
    case samePerson
    /// The account is an operator, not a supervisor.
    case notSupervisor
    /// The directory refused, with its reason.
    case refused(String)
    case lockedOut(until: Date)
    case unknownOrDisabled
}
