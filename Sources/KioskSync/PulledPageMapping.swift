import Foundation
import IdentityCore
import KhyberVocabulary
import KioskStore
import SyncProtocol

/// Turns a pulled page off the wire into the registry's own terms, checking every record: a change the
/// kiosk cannot use (a status word it does not know, a damaged registry record, a malformed signer key,
/// a part missing) is left out and counted, and the cursor still moves past it.
public enum PulledPageMapping {
    /// The page in the registry's terms, and how many of its changes were not usable.
    public static func page(from response: PullResponse) -> (page: PulledPage, unusable: Int) {
        var changes: [PulledChange] = []
        changes.reserveCapacity(response.changes.count)
        for change in response.changes {
            if let mapped = pulledChange(from: change) { changes.append(mapped) }
        }
        let page = PulledPage(changes: changes, nextCursor: response.nextCursor, centralClock: response.centralClock)
        return (page, response.changes.count - changes.count)
    }

    /// One change in the registry's terms; nil when the kiosk cannot use it.
    public static func pulledChange(from change: SyncChange) -> PulledChange? {
        switch change {
        case .applicationStatus(_, let status):
            guard let word = status.applicationStatus else { return nil }
            return .status(applicationID: status.applicationID, word, changedAt: date(millis: status.changedAtMillis))
        case .citizen(_, let record):
            return citizen(from: record).map(PulledChange.citizen)
        case .trustedSigner(_, let signer):
            guard Data(base64Encoded: signer.publicKey)?.count == 32, UInt8(signer.keyID, radix: 16) != nil else { return nil }
            return .trustedSigner(syncedSigner(signer))
        case .signerRemoved(_, let signer):
            return .signerRemoved(syncedSigner(signer))
        case .passRevoked(_, let revocation):
            guard revocation.serial > 0 else { return nil }
            return .passRevoked(serial: revocation.serial, revokedAt: date(millis: revocation.revokedAtMillis))
        case .pin(_, let record):
            return pin(from: record).map(PulledChange.pin)
        case .incomplete:
            return nil
        }
    }

    /// A pulled PIN in the registry's terms; nil when any part is malformed (a verifier that is not a
    /// 32-byte hash and 16-byte salt at a cost the kiosk accepts, an unreadable clock reading).
    public static func pin(from record: PINRecord) -> PulledPIN? {
        guard record.cnic.utf8.count == 13, let number = Int64(record.cnic), let cnic = CNIC(number: number),
              let stateHLC = HLCTimestamp(text: record.stateHLC), (0...1_000).contains(record.failedAttempts) else { return nil }
        var credential: PINCredential?
        var changed: HLCTimestamp?
        if let verifier = record.verifier {
            guard let hash = Data(base64Encoded: verifier.hash), hash.count == 32, let salt = Data(base64Encoded: verifier.salt), salt.count == 16,
                  (4...20).contains(verifier.costLog2), let reading = record.changedHLC.flatMap(HLCTimestamp.init(text:)) else { return nil }
            credential = PINCredential(hash: hash, salt: salt, costLog2: verifier.costLog2)
            changed = reading
        }
        return PulledPIN(
            cnic: cnic, credential: credential, changedHLC: changed, failedAttempts: record.failedAttempts,
            lockedUntil: record.lockedUntilMillis.map(date(millis:)), stateHLC: stateHLC
        )
    }

    /// The citizen a registry record describes, its mobile number in the registry's normal form; nil for
    /// a damaged record — one the central's import would have refused (a mobile number that is not 11
    /// digits starting 03, a control character or bidi override in a text field, …).
    public static func citizen(from record: RegistryRecord) -> Citizen? {
        guard record.cnic.utf8.count == 13, let number = Int64(record.cnic), let cnic = CNIC(number: number),
              let relation = GuardianRelation(rawValue: record.guardianRelation), let gender = Gender(rawValue: record.gender),
              let birthDate = CalendarDate(iso: record.birthDate), (100...999).contains(record.districtCode),
              !record.nameLatin.isEmpty,
              // As the central's import checks (`RegistryRecordCheck`): the mobile in its wire form, plain text.
              MobileNumber.wireForm(record.mobile) == record.mobile, record.hasPlainText
        else { return nil }
        return Citizen(
            cnic: cnic, nameLatin: record.nameLatin, nameUrdu: record.nameUrdu, guardianLatin: record.guardianLatin,
            guardianUrdu: record.guardianUrdu, guardianRelation: relation, gender: gender, birthDate: birthDate,
            districtCode: record.districtCode, tehsil: record.tehsil, address: record.address, mobile: MobileNumber.stored(record.mobile)
        )
    }

    private static func syncedSigner(_ signer: TrustedSignerRecord) -> SyncedSigner {
        SyncedSigner(keyID: signer.keyID, publicKey: signer.publicKey, label: signer.label)
    }

    private static func date(millis: Int64) -> Date {
        Date(timeIntervalSince1970: Double(millis) / 1000)
    }
}
