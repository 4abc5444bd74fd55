import IdentityCore

/// One citizen found by a name search, with what tells namesakes apart: father's or husband's name,
/// district, tehsil, birth date.
public struct NameMatch: Hashable, Sendable {
    public let cnic: CNIC
    public let nameLatin: String
    public let nameUrdu: String
    public let guardianLatin: String
    public let guardianUrdu: String
    public let guardianRelation: GuardianRelation
    public let gender: Gender
    public let birthDate: CalendarDate
    public let districtCode: Int
    public let tehsil: String
    /// Higher is closer: exact key in the name > key prefix > only in the guardian's name, less the spelling distance.
    public let score: Int
    /// Whose name the query words were found in.
    public let matchedIn: Place

    /// Where a search found the query's words.
    public enum Place: String, Hashable, Sendable {
        /// Every word in the citizen's own name.
        case name
        /// Every word in the father's or husband's name.
        case guardian
        /// Some words in each.
        case nameAndGuardian
    }
}
