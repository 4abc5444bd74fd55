/// A pull gets registry records only of districts its kiosk is ENROLLED for, whatever it asks: the asked
/// districts are cut to the enrolled ones (an unsigned central under `AcceptAnyKiosk` keeps what was asked).
enum PullScope {
    static func districts(asked: [Int], kiosk: AuthenticatedKiosk) -> [Int] {
        guard let enrolled = kiosk.enrolledDistricts else { return asked }
        let allowed = Set(enrolled)
        return asked.filter(allowed.contains)
    }
}
