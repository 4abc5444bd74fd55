import IdentityCore

/// The words of Find a citizen.
enum FindWording {
    static let title = "Find a citizen"
    static let cnicLabel = "CNIC or scan pass: "
    static let mobileLabel = "Mobile number:     "
    static let nameLabel = "Name (Latin/Urdu): "
    static let districtLabel = "District (filter): "
    static let legend = "Tab: next field   Enter: search   1-9: open a result   Esc: menu"
    static let searching = "Searching"
    static let readingPass = "Reading pass"

    static func note(_ note: FindNote) -> String {
        switch note {
        case .invalidCNIC(let error): error.description
        case .invalidMobile: "That is not a Pakistani mobile number (like 0300-1234567)."
        case .noMatch: "No citizen found."
        case .notAPass: "That is not a Khyber Pass."
        case .passNotAccepted(let verdict): verdict.explanation
        case .unknownDistrict: "No district starts like that."
        }
    }

    /// `1  17301-1234567-1  Ayesha Khan d/o Gul Khan · Peshawar · 1990`.
    static func row(_ number: Int, _ match: DeskMatch) -> String {
        "\(number)  \(match.cnic.formatted)  " + DeskWording.nameWithGuardian(match.nameLatin, match.guardianRelation, match.guardianLatin)
            + " · \(match.districtName) · \(match.birthYear)"
    }

    static func resultsHeader(_ count: Int, page: Int) -> String {
        let pages = ListPaging.pageCount(count)
        return "\(count) found" + (pages > 1 ? " (page \(page + 1) of \(pages), Page Down: more)" : "")
    }
}
