import Foundation
import KhyberVocabulary
import ProvincialTrust
import SyncProtocol

/// An `operator.credential` operation whose payload passed the wire checks.
struct CheckedCredential: Sendable {
    let operation: PushOperation
    let payload: OperatorCredentialPayload
    /// The verifier as the next bundle will carry it.
    let credential: BundleOperatorCredential
}

/// The checks of an `operator.credential` operation (both backends): first its payload alone, then — inside
/// the push's transaction — against the central's own records: the operator exists, is active and belongs
/// to the centre the sending kiosk is APPROVED for. A kiosk of another centre, a revoked kiosk or a payload
/// naming another centre is refused; the verifier replaces the stored one only when it is newer.
enum OperatorCredentialCheck {
    static func check(_ operation: PushOperation) -> OperationVerdict {
        guard let payload = try? JSONDecoder().decode(OperatorCredentialPayload.self, from: Data(operation.payload.utf8)) else {
            return .rejected("the payload is not an operator credential")
        }
        guard OperatorIDCheck.isValid(payload.operatorID), payload.operatorID == operation.entityID else {
            return .rejected("the payload's operator id is not an operator id or does not match the operation's entity id")
        }
        guard payload.kioskID == operation.kioskID else { return .rejected("the payload's kiosk id does not match the operation's") }
        guard payload.kind == BundleOperatorCredential.passwordKind else { return .rejected("a kiosk may only set a password verifier") }
        guard let setAt = OperatorCredentialPayload.instant(payload.setAt) else { return .rejected("the payload's setAt is not ISO 8601 UTC") }
        let credential = BundleOperatorCredential(
            kind: payload.kind, hash: payload.hash, salt: payload.salt, costLog2: payload.costLog2, version: payload.version, setAt: setAt,
            setBy: BundleIssuer.kioskScope(operation.kioskID))
        do throws(CentralStorageError) { try OperatorRules.checkCredential(credential) } catch {
            return .rejected("the operator credential is not usable: \(error)")
        }
        guard payload.version >= 2 else { return .rejected("a password set at a kiosk replaces a first credential, so its version is at least 2") }
        return .credential(CheckedCredential(operation: operation, payload: payload, credential: credential))
    }

    /// Why the central refuses it given its records (nil: it may be stored).
    static func refusal(_ checked: CheckedCredential, account: OperatorRecord?, device: DeviceRecord?) -> String? {
        let id = checked.payload.operatorID
        guard let account else { return "no operator \(id) at the central" }
        guard account.status == BundleOperator.activeStatus else { return "operator \(id) is disabled" }
        guard let device, device.status == .approved else {
            return "kiosk \(OperationCheck.shown(checked.operation.kioskID)) is not an approved device, so it may not set operator credentials"
        }
        guard device.centre == account.centre else {
            return "operator \(id) belongs to another centre than kiosk \(device.kioskID); only a kiosk of the operator's centre may set their password"
        }
        guard checked.payload.centre == account.centre else { return "the payload names another centre than operator \(id)'s" }
        return nil
    }
}
