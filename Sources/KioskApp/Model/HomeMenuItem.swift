/// One entry of the Home menu, chosen by its number key.
public enum HomeMenuItem: Equatable, Sendable, CaseIterable {
    /// 1: show the pass as a QR code.
    case myPass
    /// 2: apply for a service.
    case applyForService
    /// 3: see applications made.
    case myApplications
    /// 4: change the PIN.
    case changePIN
    /// 0: end the session.
    case signOut

    /// The number key that chooses it.
    public var key: Character {
        switch self {
        case .myPass: "1"
        case .applyForService: "2"
        case .myApplications: "3"
        case .changePIN: "4"
        case .signOut: "0"
        }
    }

    /// Its words on the menu.
    public var title: String {
        switch self {
        case .myPass: "My Khyber Pass"
        case .applyForService: "Apply for a service"
        case .myApplications: "My applications"
        case .changePIN: "Change PIN"
        case .signOut: "Sign out"
        }
    }

    /// The key of its words in the string catalogs.
    public var catalogKey: String {
        switch self {
        case .myPass: "home.myPass"
        case .applyForService: "home.apply"
        case .myApplications: "home.applications"
        case .changePIN: "home.changePIN"
        case .signOut: "home.signOut"
        }
    }

    /// The item whose key is `key`, if any.
    public init?(key: Character) {
        guard let item = Self.allCases.first(where: { $0.key == key }) else { return nil }
        self = item
    }
}
