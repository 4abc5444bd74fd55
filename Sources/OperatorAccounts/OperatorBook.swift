import Foundation
import ProvincialTrust

/// One account as a kiosk reads it from the bundle.
public struct OperatorAccount: Hashable, Sendable {
    public var id: String
    public var name: String
    /// Nil when the bundle names a role this build does not know (such an account cannot sign in).
    public var role: OperatorRole?
    public var centre: String
    public var isActive: Bool
    /// Nil when the bundle's verifier is of a kind this build does not know.
    public var credential: OperatorCredential?

    public init(_ entry: BundleOperator) {
        id = entry.id
        name = entry.name
        role = OperatorRole(rawValue: entry.role)
        centre = entry.centre
        isActive = entry.status == BundleOperator.activeStatus
        credential = OperatorCredential(bundle: entry.credential)
    }

    /// The identity the counter shows; nil when the role is unknown.
    public var identity: OperatorIdentity? {
        role.map { OperatorIdentity(id: id, name: name, role: $0, centre: centre) }
    }
}

/// The operators a verified trust bundle lists, seen from one kiosk: its centre is the one the bundle's
/// `devices` give it, and only an active device's centre counts. Pure.
public struct OperatorBook: Hashable, Sendable {
    /// This kiosk's centre; nil when the bundle does not list this kiosk as an active device.
    public let centre: String?
    /// Every account of the bundle, by id (other centres' too, so a refusal can say why).
    public let accounts: [String: OperatorAccount]
    /// The bundle's version.
    public let bundleVersion: Int64

    public init(content: TrustBundleContent, kioskID: String) {
        centre = content.devices.first { $0.kioskID == kioskID && $0.status == BundleDevice.activeStatus }?.centre
        accounts = Dictionary(content.operators.map { ($0.id, OperatorAccount($0)) }, uniquingKeysWith: { first, _ in first })
        bundleVersion = content.version
    }

    /// The enabled accounts of this kiosk's centre whose role this build knows, by id.
    public var usableIdentities: [OperatorIdentity] {
        guard let centre else { return [] }
        return accounts.values.filter { $0.isActive && $0.centre == centre && $0.credential != nil }
            .compactMap(\.identity).sorted { $0.id < $1.id }
    }

    /// The account `id` may sign in to at this kiosk, or why not.
    public func lookUp(_ id: String) -> Result<(OperatorIdentity, OperatorCredential), OperatorLookupRefusal> {
        guard let centre else { return .failure(.kioskNotEnrolled) }
        guard let account = accounts[OperatorIDCheck.canonical(id)], account.isActive else { return .failure(.unknownOrDisabled) }
        guard account.centre == centre else { return .failure(.otherCentre) }
        guard let identity = account.identity, let credential = account.credential else { return .failure(.notUsableOnThisBuild) }
        return .success((identity, credential))
    }
}

/// Why an account cannot sign in at this kiosk, before any secret is checked.
public enum OperatorLookupRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    case noTrustBundle
    case kioskNotEnrolled
    case unknownOrDisabled
    case otherCentre
    case notUsableOnThisBuild

    public var description: String {
        switch self {
        case .noTrustBundle: "this kiosk holds no trust bundle yet, so it knows no operators; sync with the central first"
        case .kioskNotEnrolled: "the trust bundle does not list this kiosk as an active device, so it knows no operators here"
        case .unknownOrDisabled: "no such operator account, or it is disabled"
        case .otherCentre: "this operator account belongs to another centre; sign in at a kiosk of that centre"
        case .notUsableOnThisBuild: "this account's role or credential is not one this kiosk's software knows; update the kiosk"
        }
    }
}
