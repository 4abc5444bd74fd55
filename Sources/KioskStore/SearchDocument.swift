import IdentityCore

/// What the name index stores for one citizen (rowid = CNIC number): name keys, guardian keys, district.
struct SearchDocument: Sendable {
    let rowid: Int64
    /// Latin name keys and normalised Urdu words of the citizen's name.
    let name: String
    /// The same for the father's or husband's name.
    let guardian: String
    /// `d173`: the district as a token, so a search can be kept to one district.
    let place: String

    init(_ citizen: Citizen) {
        rowid = citizen.cnic.number
        name = SearchDocument.text(latin: citizen.nameLatin, urdu: citizen.nameUrdu)
        guardian = SearchDocument.text(latin: citizen.guardianLatin, urdu: citizen.guardianUrdu)
        place = SearchDocument.placeToken(citizen.districtCode)
    }

    /// The district token the index and the queries share.
    static func placeToken(_ districtCode: Int) -> String { "d\(districtCode)" }

    private static func text(latin: String, urdu: String) -> String {
        let latinKeys = NameKey.indexText(of: latin)
        let urduWords = NameKey.indexText(of: urdu)
        if urduWords.isEmpty { return latinKeys }
        if latinKeys.isEmpty { return urduWords }
        return latinKeys + " " + urduWords
    }
}
