import AuditTrail
import Foundation
import IdentityCore
import SyncProtocol

/// A pushed audit entry, PIN change or pass revocation whose payload passed the checks that need no table.
struct CheckedOtherOperation: Sendable {
    enum Content: Sendable {
        /// The entry as sealed, and the citizen's CNIC (13 digits) when it names one — checked to mask to
        /// the entry's `citizen`, used for the lookup hash and never stored.
        case audit(AuditEntry, cnic: CNIC?)
        /// A `pin.set` (verifier present) or `pin.state`.
        case pin(PINChangeSubmission, cnic: CNIC, hlc: HLCTimestamp)
        case passRevoked(PassRevocationSubmission)
    }

    let operation: PushOperation
    let content: Content
}

/// Why a pushed operation of another kind is refused, in words for an operator.
struct OperationRefusal: Error {
    let reason: String
}

/// The checks of `audit.entry`, `pin.set`, `pin.state` and `pass.revoked` payloads that need no table.
enum OtherOperationCheck {
    static func check(_ operation: PushOperation, kind: OperationKind) -> Result<CheckedOtherOperation, OperationRefusal> {
        let data = Data(operation.payload.utf8)
        switch kind {
        case .applicationSubmitted, .operatorCredential:
            return .failure(OperationRefusal(reason: "\(kind.rawValue) is not checked here"))
        case .auditEntry:
            guard let payload = try? JSONDecoder().decode(AuditEntryOperation.self, from: data) else {
                return .failure(OperationRefusal(reason: "the payload is not an audit entry"))
            }
            let entry = payload.entry
            if entry.kioskID != operation.kioskID { return .failure(OperationRefusal(reason: "the audit entry names another kiosk than the operation")) }
            if operation.entityID != "audit:\(entry.index)" || entry.index < 1 {
                return .failure(OperationRefusal(reason: "the audit entry's index does not match the operation's entity id"))
            }
            if entry.previous.count != 32 || entry.signature.count != 64 {
                return .failure(OperationRefusal(reason: "the audit entry's link or signature has the wrong length"))
            }
            if entry.action.isEmpty || entry.action.utf8.count > 64 || entry.detail.count > 32 || operation.payload.utf8.count > 8_192 {
                return .failure(OperationRefusal(reason: "the audit entry is malformed or too large"))
            }
            var cnic: CNIC?
            if let digits = payload.cnic {
                guard digits.utf8.count == 13, let parsed = try? CNIC(digits), parsed.masked == entry.citizen else {
                    return .failure(OperationRefusal(reason: "the CNIC beside the audit entry does not match the entry's masked CNIC"))
                }
                cnic = parsed
            }
            return .success(CheckedOtherOperation(operation: operation, content: .audit(entry, cnic: cnic)))
        case .pinSet, .pinState:
            guard let payload = try? JSONDecoder().decode(PINChangeSubmission.self, from: data) else {
                return .failure(OperationRefusal(reason: "the payload is not a PIN change"))
            }
            guard payload.cnic.utf8.count == 13, let cnic = try? CNIC(payload.cnic) else {
                return .failure(OperationRefusal(reason: "the PIN change's CNIC is not 13 digits"))
            }
            guard let hlc = HLCTimestamp(text: payload.hlc) else { return .failure(OperationRefusal(reason: "the PIN change's clock reading does not parse")) }
            if kind == .pinSet {
                guard let verifier = payload.verifier, Data(base64Encoded: verifier.hash)?.count == 32, Data(base64Encoded: verifier.salt)?.count == 16,
                      (4...20).contains(verifier.costLog2) else {
                    return .failure(OperationRefusal(reason: "a pin.set must carry a verifier: a 32-byte hash, a 16-byte salt and a cost 2^4…2^20"))
                }
            } else if payload.verifier != nil {
                return .failure(OperationRefusal(reason: "a pin.state carries no verifier"))
            }
            if !(0...1_000).contains(payload.failedAttempts) { return .failure(OperationRefusal(reason: "the PIN change's try count is out of range")) }
            return .success(CheckedOtherOperation(operation: operation, content: .pin(payload, cnic: cnic, hlc: hlc)))
        case .passRevoked:
            guard let payload = try? JSONDecoder().decode(PassRevocationSubmission.self, from: data) else {
                return .failure(OperationRefusal(reason: "the payload is not a pass revocation"))
            }
            guard (1...Int64(UInt32.max)).contains(payload.serial) else { return .failure(OperationRefusal(reason: "the revoked pass's serial is out of range")) }
            if let issuer = payload.issuer, Data(base64Encoded: issuer)?.count != 32 {
                return .failure(OperationRefusal(reason: "the revoked pass's issuer is not a 32-byte key"))
            }
            return .success(CheckedOtherOperation(operation: operation, content: .passRevoked(payload)))
        }
    }
}
