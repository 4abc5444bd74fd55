import Foundation
import IdentityCore

/// Words every operator screen shares.
enum DeskWording {
    /// `Signed in: OP-0042 Amina Bibi (supervisor)`.
    static func signedIn(_ signedIn: DeskOperator) -> String {
        "Signed in: \(signedIn.id) \(signedIn.name) (\(signedIn.role.word))"
    }

    /// `Amina Bibi d/o Gul Khan`.
    static func nameWithGuardian(_ name: String, _ relation: GuardianRelation, _ guardian: String) -> String {
        guardian.isEmpty ? name : "\(name) \(relation.rawValue) \(guardian)"
    }

    /// `locked until 14:20`.
    static func lockedUntil(_ until: Date) -> String { "Locked until \(PakistanTime.time(until))." }
}
