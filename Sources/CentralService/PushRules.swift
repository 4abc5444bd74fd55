import CentralStore
import Foundation
import Services
import SyncProtocol

/// What the central enforces on a push before storing anything, beyond the wire checks of the storage:
/// - the batch speaks for the kiosk that signed it (403 otherwise, `AuthenticatedKiosk.check`);
/// - each operation and its application carry that kiosk's id;
/// - the tracking number is `TrackingNumber(kioskID, sequence)` (no squatting another kiosk's numbers);
/// - the fee is the service's fee in the central's catalog;
/// - an `operator.credential` comes from an authenticated kiosk (its centre is checked by the storage).
/// An operation that breaks a rule is answered `rejected` with the reason and never stored; the others go on.
enum PushRules {
    /// The push to store (operations that passed) and the refusals by index in the original push.
    struct Split {
        var allowed: PushRequest
        var refused: [Int: OperationAcknowledgement]
    }

    static func split(_ push: PushRequest, kiosk: AuthenticatedKiosk, fees: ServiceFees?, now: Date) -> Split {
        var allowed = push
        allowed.operations = []
        var refused: [Int: OperationAcknowledgement] = [:]
        let millis = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        for (index, operation) in push.operations.enumerated() {
            if let reason = problem(operation, kiosk: kiosk, fees: fees) {
                refused[index] = OperationAcknowledgement(
                    opID: operation.opID, sequence: operation.sequence, outcome: .rejected, receivedAtMillis: millis, reason: reason
                )
            } else {
                allowed.operations.append(operation)
            }
        }
        return Split(allowed: allowed, refused: refused)
    }

    /// The acknowledgements in the original push's order: refusals where they were, the storage's for the rest.
    static func merge(_ split: Split, stored: [OperationAcknowledgement], count: Int) -> [OperationAcknowledgement] {
        var next = stored.makeIterator()
        return (0..<count).compactMap { index in split.refused[index] ?? next.next() }
    }

    /// Why `operation` may not be stored, or nil.
    static func problem(_ operation: PushOperation, kiosk: AuthenticatedKiosk, fees: ServiceFees?) -> String? {
        if let verified = kiosk.verifiedKioskID, operation.kioskID != verified {
            return "the operation carries kiosk id \(shown(operation.kioskID)) but is signed by kiosk \(verified)"
        }
        // A verifier for an operator's password only from a kiosk that proved who it is; the storage then
        // checks that it is an approved kiosk of the operator's centre.
        if operation.operationKind == .operatorCredential && kiosk.verifiedKioskID == nil {
            return "an operator credential is accepted only from an enrolled kiosk that signs its requests"
        }
        // Only application submissions carry these fields; other kinds are refused by the storage's checks.
        guard operation.operationKind == .applicationSubmitted,
              let submission = try? SyncWire.decoder().decode(ApplicationSubmission.self, from: Data(operation.payload.utf8)) else { return nil }
        if let verified = kiosk.verifiedKioskID, submission.kioskID != verified {
            return "the application carries kiosk id \(shown(submission.kioskID)) but is signed by kiosk \(verified)"
        }
        guard operation.sequence >= 1, operation.sequence <= Int64(Int.max) else { return nil }
        let expected = TrackingNumber.make(kioskID: operation.kioskID, sequence: Int(operation.sequence))
        if submission.tracking != expected {
            return "the tracking number \(shown(submission.tracking)) is not this kiosk's number for sequence \(operation.sequence) (\(expected))"
        }
        if let fees {
            switch fees.expectedFee(serviceID: submission.serviceID, serviceVersion: submission.serviceVersion, answers: submission.answers) {
            case .failure(let problem): return problem.words
            case .success(let fee) where fee != submission.fee:
                return "the fee Rs \(submission.fee) is not service \(shown(submission.serviceID))'s fee (Rs \(fee) in the central's catalog); update the kiosk's service files"
            case .success: break
            }
        }
        return nil
    }

    private static func shown(_ text: String) -> String {
        "\"" + String(text.prefix(40).filter { $0.isASCII && !$0.isNewline && $0 != "\"" }) + "\""
    }
}
