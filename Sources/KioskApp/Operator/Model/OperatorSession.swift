import Foundation
import IdentityCore

/// Who is signed in at the desk, since when, and which citizen they are helping with an application.
public struct OperatorSession: Equatable, Sendable {
    /// The operator signed in.
    public var signedIn: DeskOperator
    /// When they signed in.
    public var since: Date
    /// While applying on a citizen's behalf: their record (the wizard's Home leads back to it).
    public var assisting: DeskCitizenRecord?

    /// A session for `signedIn` from `since`.
    public init(signedIn: DeskOperator, since: Date, assisting: DeskCitizenRecord? = nil) {
        self.signedIn = signedIn
        self.since = since
        self.assisting = assisting
    }
}
