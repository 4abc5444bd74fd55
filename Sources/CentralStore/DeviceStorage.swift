import Foundation
import SyncProtocol

/// Enrolled kiosks (devices): their device key (signs requests), their pass issuer key, centre, districts
/// and status. Every `CentralStorage` keeps them (table `device`, both backends).
///
/// Rules every implementation keeps (shared in `DeviceRules`):
/// - An enrolment only ever creates or replaces a PENDING (or revoked) row; it never changes an approved
///   device's keys — that kiosk must be revoked first.
/// - At most `DeviceRules.maxPending` pending requests at once.
public protocol DeviceStorage: Sendable {
    /// Files (or refreshes) a pending enrolment. See `EnrolmentOutcome`.
    func requestEnrolment(_ request: EnrolmentRequest, at instant: Date) async throws(CentralStorageError) -> EnrolmentOutcome
    /// The device of `kioskID` (canonical), any status; nil when none.
    func device(kioskID: String) async throws(CentralStorageError) -> DeviceRecord?
    /// Every device, by kiosk id.
    func devices() async throws(CentralStorageError) -> [DeviceRecord]
    /// Approves the pending request of `kioskID` when `code` is its code; `centre`/`districts` replace what
    /// the kiosk asked for when given. Throws `.invalid` with words otherwise.
    func approveDevice(kioskID: String, code: String, centre: String?, districts: [Int]?, at instant: Date) async throws(CentralStorageError) -> DeviceRecord
    /// Revokes `kioskID` (pending or approved): its requests are refused from now on.
    func revokeDevice(kioskID: String, at instant: Date) async throws(CentralStorageError) -> DeviceRecord
}

/// A device's status.
public enum DeviceStatus: String, Codable, Hashable, Sendable, CaseIterable {
    case pending, approved, revoked
}

/// One enrolled (or asking) kiosk.
public struct DeviceRecord: Codable, Hashable, Sendable {
    public var kioskID: String
    /// Base64 of the 32-byte Ed25519 key that signs this kiosk's requests.
    public var devicePublicKey: String
    /// Base64 of the 32-byte Ed25519 key this kiosk signs passes with. The trust bundle lists it
    /// (scope: this kiosk) while the device is approved — the "device issuer key" of issue 10.
    public var issuerPublicKey: String
    public var centre: String
    /// District codes this kiosk may pull registry records of.
    public var districts: [Int]
    public var status: DeviceStatus
    /// The enrolment code of these keys (`EnrolmentCode`).
    public var code: String
    public var requestedAtMillis: Int64
    /// When approved or revoked; nil while pending.
    public var decidedAtMillis: Int64?

    public init(
        kioskID: String, devicePublicKey: String, issuerPublicKey: String, centre: String, districts: [Int], status: DeviceStatus,
        code: String, requestedAtMillis: Int64, decidedAtMillis: Int64?
    ) {
        self.kioskID = kioskID
        self.devicePublicKey = devicePublicKey
        self.issuerPublicKey = issuerPublicKey
        self.centre = centre
        self.districts = districts
        self.status = status
        self.code = code
        self.requestedAtMillis = requestedAtMillis
        self.decidedAtMillis = decidedAtMillis
    }
}

/// What an enrolment request did.
public enum EnrolmentOutcome: Hashable, Sendable {
    /// Filed (or refreshed) as pending.
    case pending(DeviceRecord)
    /// These very keys are already approved: nothing changed.
    case alreadyApproved(DeviceRecord)
    /// Refused, in words (another key is approved for this id; too many pending requests).
    case refused(String)
}
