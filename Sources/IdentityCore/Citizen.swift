import Foundation

/// One person in the registry, as NADRA and the province know them. Names come in Latin and Urdu script.
public struct Citizen: Hashable, Sendable, Codable {
    public var cnic: CNIC
    public var nameLatin: String
    public var nameUrdu: String
    /// Father's name (or husband's, when `guardianRelation` says so).
    public var guardianLatin: String
    public var guardianUrdu: String
    public var guardianRelation: GuardianRelation
    public var gender: Gender
    public var birthDate: CalendarDate
    /// CNIC-style three-digit district code, e.g. 173 for Peshawar.
    public var districtCode: Int
    public var tehsil: String
    public var address: String
    /// `03xx-xxxxxxx`.
    public var mobile: String
    /// The PIN as a salted slow hash, with its failed-attempt counter; nil until the citizen sets one.
    public var pin: PINCredential?

    public init(
        cnic: CNIC, nameLatin: String, nameUrdu: String, guardianLatin: String, guardianUrdu: String,
        guardianRelation: GuardianRelation, gender: Gender, birthDate: CalendarDate, districtCode: Int,
        tehsil: String, address: String, mobile: String, pin: PINCredential? = nil
    ) {
        self.cnic = cnic
        self.nameLatin = nameLatin
        self.nameUrdu = nameUrdu
        self.guardianLatin = guardianLatin
        self.guardianUrdu = guardianUrdu
        self.guardianRelation = guardianRelation
        self.gender = gender
        self.birthDate = birthDate
        self.districtCode = districtCode
        self.tehsil = tehsil
        self.address = address
        self.mobile = mobile
        self.pin = pin
    }
}

/// Whose name stands beside the citizen's: father (s/o, d/o) or husband (w/o).
public enum GuardianRelation: String, Codable, Sendable, CaseIterable {
    case sonOf = "s/o"
    case daughterOf = "d/o"
    case wifeOf = "w/o"

    /// "son of", "daughter of", "wife of".
    public var words: String {
        switch self {
        case .sonOf: "son of"
        case .daughterOf: "daughter of"
        case .wifeOf: "wife of"
        }
    }
}

extension CNIC: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { self = try CNIC(text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(formatted)
    }
}
