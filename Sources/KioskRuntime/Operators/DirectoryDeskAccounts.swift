import Foundation
import KioskApp
import OperatorAccounts

/// The desk's view of the kiosk's `OperatorDirectory`: its answers in the app core's words.
public struct DirectoryDeskAccounts: DeskAccounts {
    /// The kiosk's operator directory (trust bundle accounts plus local passwords and lockouts).
    public let directory: OperatorDirectory

    /// Accounts from `directory`.
    public init(directory: OperatorDirectory) {
        self.directory = directory
    }

    public func signIn(id: String, secret: String, now: Date) -> DeskSignInResult {
        switch directory.signIn(id: id, secret: secret, now: now) {
        case .signedIn(let identity): .signedIn(Self.deskOperator(identity))
        case .mustSetPassword(let identity): .mustSetPassword(Self.deskOperator(identity))
        case .refused(let reason): .refused(reason)
        case .lockedOut(let until): .lockedOut(until: until)
        case .unknownOrDisabled: .unknownOrDisabled
        }
    }

    public func setPassword(id: String, code: String, newPassword: String, now: Date) throws -> DeskOperator {
        try directory.setPassword(id: id, oneTimeCodeOrOldPassword: code, newPassword: newPassword, now: now)
        guard let identity = directory.accounts().first(where: { $0.id.lowercased() == id.trimmingCharacters(in: .whitespaces).lowercased() }) else {
            throw OperatorAccountError.unavailable("the account is not in this kiosk's trust bundle any more")
        }
        return Self.deskOperator(identity)
    }

    /// The app core's operator for an identity of the directory.
    static func deskOperator(_ identity: OperatorIdentity) -> DeskOperator {
        DeskOperator(id: identity.id, name: identity.name, role: identity.role == .supervisor ? .supervisor : .operator)
    }
}
