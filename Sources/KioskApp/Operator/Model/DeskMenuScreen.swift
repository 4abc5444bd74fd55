/// The operator's menu and its highlighted entry.
public struct DeskMenuScreen: Equatable, Sendable {
    /// The entry Enter would choose.
    public var highlighted: DeskMenuItem

    /// The menu with `highlighted` (default: Find a citizen).
    public init(highlighted: DeskMenuItem = .findCitizen) {
        self.highlighted = highlighted
    }
}

/// One entry of the operator's menu, chosen by its number key.
public enum DeskMenuItem: Equatable, Sendable, CaseIterable {
    case findCitizen
    case outbox
    case exportUSB
    case importUSB
    case signOut

    /// The number key that chooses it.
    public var key: Character {
        switch self {
        case .findCitizen: "1"
        case .outbox: "2"
        case .exportUSB: "3"
        case .importUSB: "4"
        case .signOut: "0"
        }
    }

    /// The item whose key is `key`.
    public init?(key: Character) {
        guard let item = Self.allCases.first(where: { $0.key == key }) else { return nil }
        self = item
    }
}
