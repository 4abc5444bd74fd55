import Foundation
import IdentityCore

/// Words every operator screen shares.
enum DeskWording {
    /// `Signed in: OP-0042 Amina Bibi (supervisor)` in the screen's language (`desk.signedIn`, `desk.role.*`);
    /// the id and name stay as they are.
    static func signedIn(_ signedIn: DeskOperator, _ state: KioskState) -> String {
        state.text("desk.signedIn", ["id": signedIn.id, "name": signedIn.name, "role": state.text("desk.role.\(signedIn.role.rawValue)")])
    }

    /// `Amina Bibi d/o Gul Khan`.
    static func nameWithGuardian(_ name: String, _ relation: GuardianRelation, _ guardian: String) -> String {
        guardian.isEmpty ? name : "\(name) \(relation.rawValue) \(guardian)"
    }
}
