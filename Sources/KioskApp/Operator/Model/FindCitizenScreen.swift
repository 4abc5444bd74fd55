import IdentityCore

/// Find a citizen: one field each for a CNIC (or a scanned pass), a mobile number, a name and a
/// district filter; Enter searches by the field in focus.
public struct FindCitizenScreen: Equatable, Sendable {
    /// The longest text a field takes (a scanned pass goes to the hidden buffer).
    public static let maxLength = 64

    /// Which field takes the keys.
    public var focus: FindField
    /// The CNIC digits typed.
    public var cnic: CNICEntry
    /// Characters a scanner typed into the CNIC field (a pass); never shown.
    public var scanBuffer: String
    /// The mobile number typed.
    public var mobile: String
    /// The name typed, Latin or Urdu.
    public var name: String
    /// Part of a district's name typed; the first district it starts is the filter.
    public var district: String
    /// Names found (by mobile or name); nil before a search.
    public var results: [DeskMatch]?
    /// The page of results shown.
    public var page: Int
    /// True while a search or lookup runs.
    public var isSearching: Bool
    /// What the last search said.
    public var note: FindNote?

    /// An empty search, focus on the CNIC.
    public init(focus: FindField = .cnic) {
        self.focus = focus
        self.cnic = CNICEntry()
        self.scanBuffer = ""
        self.mobile = ""
        self.name = ""
        self.district = ""
        self.results = nil
        self.page = 0
        self.isSearching = false
        self.note = nil
    }
}

/// The fields of the Find screen, in Tab order.
public enum FindField: Equatable, Sendable, CaseIterable {
    case cnic
    case mobile
    case name
    case district
}

/// A message under the Find fields.
public enum FindNote: Equatable, Sendable {
    case invalidCNIC(CNIC.ParseError)
    case invalidMobile
    case noMatch
    case notAPass
    /// The pass was read but not accepted.
    case passNotAccepted(PassVerdict)
    case unknownDistrict
}

/// One citizen found by mobile or name, with what tells namesakes apart. The CNIC is shown in
/// full: only operators see this list.
public struct DeskMatch: Equatable, Sendable {
    public var cnic: CNIC
    public var nameLatin: String
    public var nameUrdu: String
    /// Father's or husband's name.
    public var guardianLatin: String
    public var guardianRelation: GuardianRelation
    public var districtName: String
    public var birthYear: Int

    /// A match from its parts.
    public init(cnic: CNIC, nameLatin: String, nameUrdu: String, guardianLatin: String, guardianRelation: GuardianRelation, districtName: String, birthYear: Int) {
        self.cnic = cnic
        self.nameLatin = nameLatin
        self.nameUrdu = nameUrdu
        self.guardianLatin = guardianLatin
        self.guardianRelation = guardianRelation
        self.districtName = districtName
        self.birthYear = birthYear
    }
}
