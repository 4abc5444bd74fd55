import Foundation
import ProvincialTrust

/// Operator accounts at the central (table `operator_account`, both backends): created by the back office,
/// disabled by it, their verifiers replaced by an admin or by an `operator.credential` operation from an
/// enrolled kiosk of the operator's centre. `trust draft` lists them all (`bundleForm`); each kiosk believes
/// only its own centre's. Only verifiers are stored, never a code or a password.
public protocol OperatorStorage: Sendable {
    /// Adds a new account; `.invalid` when the id is taken or a field breaks `OperatorRules`.
    func addOperator(_ record: OperatorRecord) async throws(CentralStorageError)
    /// The account with this (canonical) id; nil when none.
    func operatorAccount(id: String) async throws(CentralStorageError) -> OperatorRecord?
    /// Every account, by id.
    func operatorAccounts() async throws(CentralStorageError) -> [OperatorRecord]
    /// Sets `active` or `disabled`; `.invalid` when there is no such account.
    func setOperatorStatus(id: String, status: String, at instant: Date) async throws(CentralStorageError) -> OperatorRecord
    /// Replaces the verifier by a newer one (`credential.isNewer(than:)` the stored one, else `.invalid`).
    func replaceOperatorCredential(id: String, credential: BundleOperatorCredential, at instant: Date) async throws(CentralStorageError) -> OperatorRecord
}

/// One operator account as the central keeps it.
public struct OperatorRecord: Codable, Hashable, Sendable {
    public var id: String
    public var name: String
    /// `operator` or `supervisor`.
    public var role: String
    public var centre: String
    /// `active` or `disabled`.
    public var status: String
    public var credential: BundleOperatorCredential
    public var createdAtMillis: Int64
    public var updatedAtMillis: Int64

    public init(
        id: String, name: String, role: String, centre: String, status: String, credential: BundleOperatorCredential,
        createdAtMillis: Int64, updatedAtMillis: Int64
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.centre = centre
        self.status = status
        self.credential = credential
        self.createdAtMillis = createdAtMillis
        self.updatedAtMillis = updatedAtMillis
    }

    /// As the trust bundle lists it.
    public var bundleForm: BundleOperator {
        BundleOperator(id: id, name: name, role: role, centre: centre, status: status, credential: credential)
    }
}

/// The rules both backends apply to operator accounts: every field from the command line or the wire is hostile.
public enum OperatorRules {
    public static let roles: Set<String> = ["operator", "supervisor"]
    public static let statuses: Set<String> = [BundleOperator.activeStatus, BundleOperator.disabledStatus]
    public static let maxNameLength = 120

    /// `.invalid` with words for the first problem of a new account.
    public static func check(_ record: OperatorRecord) throws(CentralStorageError) {
        guard OperatorIDCheck.isValid(record.id) else {
            throw .invalid("the operator id must be 2 to 32 capital letters, digits and dashes, starting with a letter (like OP-0042)")
        }
        guard OperatorIDCheck.isUsableText(record.name), record.name.count <= maxNameLength else {
            throw .invalid("the name must be 1 to \(maxNameLength) characters, with no control characters, no direction overrides and no spaces at either end")
        }
        guard OperatorIDCheck.isUsableText(record.centre), record.centre.count <= DeviceRules.maxCentreLength else {
            throw .invalid("the centre must be 1 to \(DeviceRules.maxCentreLength) characters, with no control characters and no spaces at either end (the same words as its kiosks' centre)")
        }
        guard roles.contains(record.role) else { throw .invalid("the role must be operator or supervisor") }
        guard statuses.contains(record.status) else { throw .invalid("the status must be active or disabled") }
        try checkCredential(record.credential)
    }

    /// `.invalid` when a verifier is not usable (sizes, cost, kind, version).
    public static func checkCredential(_ credential: BundleOperatorCredential) throws(CentralStorageError) {
        guard [BundleOperatorCredential.oneTimeCodeKind, BundleOperatorCredential.passwordKind].contains(credential.kind) else {
            throw .invalid("the credential kind must be one-time-code or password")
        }
        guard credential.hash.utf8.count <= 64, let hash = Data(base64Encoded: credential.hash), hash.count == 32 else {
            throw .invalid("the credential hash must be base64 of 32 bytes")
        }
        guard credential.salt.utf8.count <= 100, let salt = Data(base64Encoded: credential.salt), (16...64).contains(salt.count) else {
            throw .invalid("the credential salt must be base64 of 16 to 64 bytes")
        }
        guard BundleOperatorCredential.costRange.contains(credential.costLog2) else {
            throw .invalid("the credential cost must be \(BundleOperatorCredential.costRange.lowerBound) to \(BundleOperatorCredential.costRange.upperBound)")
        }
        guard credential.version >= 1, credential.version < Int64(Int32.max) else { throw .invalid("the credential version must be at least 1") }
        guard credential.setBy == "central" || (credential.setBy.hasPrefix("kiosk:") && KioskIDCheck.isValid(String(credential.setBy.dropFirst(6)))) else {
            throw .invalid("the credential's setBy must be central or kiosk:<KIOSK-ID>")
        }
    }
}
