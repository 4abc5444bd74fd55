import Foundation
import SyncProtocol

/// The enrolment rules both backends apply, so they decide alike.
enum DeviceRules {
    /// Pending enrolment requests kept at once; more are refused until a supervisor decides some.
    static let maxPending = 1000
    static let maxCentreLength = 80
    static let maxDistricts = 64

    /// 400-worthy problems of the request itself, in words.
    static func check(_ request: EnrolmentRequest) throws(CentralStorageError) {
        guard KioskIDFormat.isValid(request.kioskID) else {
            throw .invalid("the kiosk id must be 3 to 32 capital letters and digits (the canonical form, like KPPSH001)")
        }
        try checkKey(request.devicePublicKey, "device")
        try checkKey(request.issuerPublicKey, "issuer")
        if request.devicePublicKey == request.issuerPublicKey { throw .invalid("the device key and the issuer key must be different keys") }
        try checkCentre(request.centre)
        try checkDistricts(request.districts)
    }

    static func checkKey(_ key: String, _ which: String) throws(CentralStorageError) {
        guard key.utf8.count == 44, let data = Data(base64Encoded: key), data.count == 32 else {
            throw .invalid("the \(which) public key must be base64 of 32 bytes")
        }
    }

    static func checkCentre(_ centre: String) throws(CentralStorageError) {
        guard centre.count <= maxCentreLength, centre.unicodeScalars.allSatisfy({ !CharacterSet.controlCharacters.contains($0) }) else {
            throw .invalid("the centre name must be at most \(maxCentreLength) characters with no control characters")
        }
    }

    static func checkDistricts(_ districts: [Int]) throws(CentralStorageError) {
        guard districts.count <= maxDistricts, districts.allSatisfy({ (100...999).contains($0) }) else {
            throw .invalid("districts must be at most \(maxDistricts) three-digit district codes")
        }
    }

    /// What to do with `request` given the row already stored for its kiosk id.
    static func decide(_ request: EnrolmentRequest, existing: DeviceRecord?, pendingCount: Int, now: Int64) -> EnrolmentOutcome {
        let code = EnrolmentCode.make(kioskID: request.kioskID, devicePublicKey: request.devicePublicKey, issuerPublicKey: request.issuerPublicKey)
        if let existing, existing.status == .approved {
            if existing.devicePublicKey == request.devicePublicKey && existing.issuerPublicKey == request.issuerPublicKey {
                return .alreadyApproved(existing)
            }
            return .refused("kiosk \(request.kioskID) is already enrolled with other keys; a supervisor must revoke it (khyber-central devices revoke) before it can enrol again")
        }
        if existing?.status != .pending && pendingCount >= maxPending {
            return .refused("too many enrolment requests are waiting for a supervisor; try again later")
        }
        return .pending(DeviceRecord(
            kioskID: request.kioskID, devicePublicKey: request.devicePublicKey, issuerPublicKey: request.issuerPublicKey,
            centre: request.centre, districts: Array(Set(request.districts)).sorted(), status: .pending, code: code, requestedAtMillis: now,
            decidedAtMillis: nil
        ))
    }

    /// The approved row, or why not.
    static func approve(_ existing: DeviceRecord?, kioskID: String, code: String, centre: String?, districts: [Int]?, now: Int64) throws(CentralStorageError) -> DeviceRecord {
        guard var device = existing else { throw .invalid("kiosk \(kioskID) has not asked to enrol (run khyber-kiosk enrol on it)") }
        guard device.status == .pending else { throw .invalid("kiosk \(kioskID) is \(device.status.rawValue), not pending; only a pending request can be approved") }
        guard EnrolmentCode.matches(code, device.code) else {
            throw .invalid("the code does not match kiosk \(kioskID)'s pending request; read the code again from the kiosk's screen (a different code means the pending request is not that kiosk's)")
        }
        if let centre { try checkCentre(centre); device.centre = centre }
        if let districts { try checkDistricts(districts); device.districts = Array(Set(districts)).sorted() }
        device.status = .approved
        device.decidedAtMillis = now
        return device
    }

    /// Districts as stored: `173,174`.
    static func districtsText(_ districts: [Int]) -> String { districts.map(String.init).joined(separator: ",") }
    static func districts(_ text: String) -> [Int] { text.split(separator: ",").compactMap { Int($0) } }
}
