import CentralStore
import Foundation
import SyncProtocol

/// Realistic pushes: `ApplicationSubmission` payloads encoded with `SyncWire.encoder()`.
enum Fixture {
    static let kiosk = "KPPSH001"
    static let otherKiosk = "KPMRD002"
    static let baseWall: Int64 = 1_764_072_000_000
    static let receivedAt = Date(timeIntervalSince1970: 1_764_072_060)

    /// A plausible CNIC for application `sequence` (13 digits).
    static func cnic(_ sequence: Int64) -> String {
        "17301" + String(format: "%08lld", 10_000_000 + sequence % 89_999_999)
    }

    static func submission(kiosk: String = kiosk, sequence: Int64, id: String? = nil, fee: Int = 1500) -> ApplicationSubmission {
        ApplicationSubmission(
            id: id ?? applicationID(kiosk: kiosk, sequence: sequence),
            tracking: "\(kiosk)-\(String(format: "%06lld", sequence))-X",
            kioskID: kiosk, sequence: sequence, serviceID: "domicile-certificate", serviceVersion: 2, cnic: cnic(sequence),
            answers: ["purpose": "Admission to university", "yearsInDistrict": "\(5 + sequence % 20)", "address": "House 12, Street 4, Hayatabad"],
            fee: fee, paymentReference: "PSID-\(String(format: "%010lld", sequence))", status: "saved-on-kiosk",
            submittedAt: String(format: "2026-05-01T09:%02lld:%02lld.123Z", (sequence / 60) % 60, sequence % 60))
    }

    static func applicationID(kiosk: String, sequence: Int64) -> String {
        let kioskNumber = kiosk.utf8.reduce(0) { ($0 &* 31 &+ Int64($1)) & 0xFFFF_FFFF }
        return String(format: "0190a1b2-%04llx-7%03llx-8000-%012llx", kioskNumber & 0xFFFF, (kioskNumber >> 16) & 0xFFF, sequence)
    }

    static func opID(kiosk: String, sequence: Int64) -> String {
        "op-" + applicationID(kiosk: kiosk, sequence: sequence)
    }

    /// A well-formed operation carrying `submission` (hash matching the payload).
    static func operation(_ submission: ApplicationSubmission, opID: String? = nil) -> PushOperation {
        let payload = String(decoding: try! SyncWire.encoder().encode(submission), as: UTF8.self)
        return PushOperation(
            opID: opID ?? Self.opID(kiosk: submission.kioskID, sequence: submission.sequence), kioskID: submission.kioskID,
            sequence: submission.sequence, hlc: HLCTimestamp(wallMillis: baseWall + submission.sequence * 1000, counter: 0),
            kind: OperationKind.applicationSubmitted, entityID: submission.id, payload: payload, payloadSHA256: PayloadHash.sha256(payload))
    }

    static func operation(kiosk: String = kiosk, sequence: Int64) -> PushOperation {
        operation(submission(kiosk: kiosk, sequence: sequence))
    }

    static func operations(kiosk: String = kiosk, _ sequences: ClosedRange<Int64>) -> [PushOperation] {
        sequences.map { operation(kiosk: kiosk, sequence: $0) }
    }

    static func push(kiosk: String = kiosk, _ operations: [PushOperation]) -> PushRequest {
        PushRequest(kioskID: kiosk, sentAt: HLCTimestamp(wallMillis: baseWall + 999_000, counter: 0), operations: operations)
    }

    static func citizen(_ index: Int, district: Int = 173, address: String = "Mohalla Gulbahar, Peshawar") -> RegistryRecord {
        RegistryRecord(
            cnic: "17301" + String(format: "%08d", 20_000_000 + index), nameLatin: "Ayesha Khan \(index)", nameUrdu: "عائشہ خان",
            guardianLatin: "Imran Khan", guardianUrdu: "عمران خان", guardianRelation: "d/o", gender: "female", birthDate: "1994-03-17",
            districtCode: district, tehsil: "Peshawar City", address: address, mobile: "0300" + String(format: "%07d", 1_000_000 + index),
            version: 0)
    }

    static func signer(_ keyID: String = "01") -> TrustedSignerRecord {
        TrustedSignerRecord(keyID: keyID, publicKey: Data(repeating: 7, count: 32).base64EncodedString(), label: "Province pass office \(keyID)")
    }

    static func pull(kiosk: String = kiosk, cursor: Int64 = 0, districts: [Int] = [], limit: Int = 100) -> PullRequest {
        PullRequest(kioskID: kiosk, cursor: cursor, districts: districts, limit: limit)
    }
}
