import Foundation

/// A signed-in operator as the screens know them: id, name and role (from the trust bundle's accounts).
public struct DeskOperator: Equatable, Sendable {
    /// `OP-0042`.
    public var id: String
    /// The operator's name, shown on every operator screen.
    public var name: String
    /// Operator or supervisor.
    public var role: DeskRole

    /// An operator from its parts.
    public init(id: String, name: String, role: DeskRole) {
        self.id = id
        self.name = name
        self.role = role
    }

    /// True when `other` is the same person (ids compare without regard to case).
    public func isSamePerson(as other: DeskOperator) -> Bool { isSamePerson(id: other.id) }

    /// True when `id` names this operator.
    public func isSamePerson(id other: String) -> Bool {
        id.lowercased() == other.trimmingCharacters(in: .whitespaces).lowercased()
    }
}

/// What an operator may do: supervisors also co-sign exceptions (a PIN reset).
public enum DeskRole: String, Equatable, Sendable {
    case `operator`
    case supervisor

    /// `operator`, `supervisor`.
    public var word: String { rawValue }
}
