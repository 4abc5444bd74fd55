import IdentityCore

/// The words of Find a citizen, from the string catalogs (`desk.find.*`).
enum FindWording {
    static func title(_ state: KioskState) -> String { state.text("desk.find.title") }
    static func cnicLabel(_ state: KioskState) -> String { state.text("desk.find.cnic") }
    static func mobileLabel(_ state: KioskState) -> String { state.text("desk.find.mobile") }
    static func nameLabel(_ state: KioskState) -> String { state.text("desk.find.name") }
    static func districtLabel(_ state: KioskState) -> String { state.text("desk.find.district") }
    static func legend(_ state: KioskState) -> String { state.text("desk.find.legend") }
    static func searching(_ state: KioskState) -> String { state.text("desk.find.searching") }
    static func readingPass(_ state: KioskState) -> String { state.text("desk.find.readingPass") }

    /// A CNIC's or a pass's own explanation is shown as IdentityCore words it.
    static func note(_ note: FindNote, _ state: KioskState) -> String {
        switch note {
        case .invalidCNIC(let error): error.description
        case .invalidMobile: state.text("desk.find.invalidMobile")
        case .noMatch: state.text("desk.find.noMatch")
        case .notAPass: state.text("desk.find.notAPass")
        case .passNotAccepted(let verdict): verdict.explanation
        case .unknownDistrict: state.text("desk.find.unknownDistrict")
        }
    }

    /// `1  17301-1234567-1  Ayesha Khan d/o Gul Khan · Peshawar · 1990`.
    static func row(_ number: Int, _ match: DeskMatch) -> String {
        "\(number)  \(match.cnic.formatted)  " + DeskWording.nameWithGuardian(match.nameLatin, match.guardianRelation, match.guardianLatin)
            + " · \(match.districtName) · \(match.birthYear)"
    }

    static func resultsHeader(_ count: Int, page: Int, _ state: KioskState) -> String {
        let pages = ListPaging.pageCount(count)
        guard pages > 1 else { return state.text("desk.find.found", ["count": String(count)]) }
        return state.text("desk.find.foundPages", ["count": String(count), "page": String(page + 1), "pages": String(pages)])
    }
}
