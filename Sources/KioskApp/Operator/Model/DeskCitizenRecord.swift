import Foundation
import IdentityCore

/// A citizen's full record for the operator: every registry field (unmasked), the PIN's state and
/// the latest pass. Text is sanitised when drawn, like everything else.
public struct DeskCitizenRecord: Equatable, Sendable {
    public var cnic: CNIC
    public var nameLatin: String
    public var nameUrdu: String
    public var guardianLatin: String
    public var guardianUrdu: String
    public var guardianRelation: GuardianRelation
    public var gender: Gender
    public var birthDate: CalendarDate
    public var districtName: String
    public var tehsil: String
    public var address: String
    public var mobile: String
    /// Whether a PIN is set, and a lock on it.
    public var pin: PINState
    /// The latest pass, if one was issued.
    public var pass: DeskPassInfo?

    /// A record from its parts.
    public init(
        cnic: CNIC, nameLatin: String, nameUrdu: String, guardianLatin: String, guardianUrdu: String, guardianRelation: GuardianRelation,
        gender: Gender, birthDate: CalendarDate, districtName: String, tehsil: String, address: String, mobile: String,
        pin: PINState, pass: DeskPassInfo?
    ) {
        self.cnic = cnic
        self.nameLatin = nameLatin
        self.nameUrdu = nameUrdu
        self.guardianLatin = guardianLatin
        self.guardianUrdu = guardianUrdu
        self.guardianRelation = guardianRelation
        self.gender = gender
        self.birthDate = birthDate
        self.districtName = districtName
        self.tehsil = tehsil
        self.address = address
        self.mobile = mobile
        self.pin = pin
        self.pass = pass
    }

    /// The citizen as a session knows them (for applying on their behalf).
    public var sessionCitizen: SessionCitizen {
        var citizen = SessionCitizen(cnic: cnic, nameLatin: nameLatin, nameUrdu: nameUrdu.isEmpty ? nil : nameUrdu)
        citizen.birthDate = birthDate
        return citizen
    }
}

/// The state of a citizen's PIN.
public enum PINState: Equatable, Sendable {
    /// Never set: the citizen needs activating.
    case notSet
    /// Set and usable.
    case set
    /// Locked after wrong tries, until then.
    case locked(until: Date)
}

/// The latest pass of a citizen, as the record shows it.
public struct DeskPassInfo: Equatable, Sendable {
    public var serial: Int64
    public var validUntil: CalendarDate
    public var isRevoked: Bool

    /// Pass facts from their parts.
    public init(serial: Int64, validUntil: CalendarDate, isRevoked: Bool) {
        self.serial = serial
        self.validUntil = validUntil
        self.isRevoked = isRevoked
    }
}
