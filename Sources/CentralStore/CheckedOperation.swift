import Foundation
import SyncProtocol

/// A pushed operation that passed every check, with its parsed application ready to file.
struct CheckedOperation: Sendable {
    let operation: PushOperation
    let submission: ApplicationSubmission

    /// The application's answers as JSON text (sorted keys, as the kiosk writes them).
    var answersJSON: String {
        (try? SyncWire.encoder().encode(submission.answers)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

/// What the checks of one pushed operation decided.
enum OperationVerdict: Sendable {
    case valid(CheckedOperation)
    /// An `operator.credential` whose payload is well formed; the store still checks the operator and the kiosk.
    case credential(CheckedCredential)
    /// Unusable; the reason is words for an operator and never holds a CNIC.
    case rejected(String)
}

/// The checks a pushed operation passes before anything is stored (the same on every backend).
enum OperationCheck {
    /// Checks `operation` of a batch sent by `batchKioskID`.
    static func check(_ operation: PushOperation, batchKioskID: String) -> OperationVerdict {
        if operation.kioskID != batchKioskID {
            return .rejected("the operation carries kiosk id \(shown(operation.kioskID)) but the batch comes from kiosk \(shown(batchKioskID))")
        }
        if operation.sequence < 1 {
            return .rejected("sequence \(operation.sequence) is below 1")
        }
        if !PayloadHash.isWellFormed(operation.payloadSHA256) {
            return .rejected("the payload hash is not 64 lowercase hex digits")
        }
        if PayloadHash.sha256(operation.payload) != operation.payloadSHA256 {
            return .rejected("the payload hash does not match the payload")
        }
        if operation.operationKind == .operatorCredential { return OperatorCredentialCheck.check(operation) }
        guard operation.operationKind == .applicationSubmitted else {
            let known = OperationKind.allCases.map(\.rawValue).joined(separator: ", ")
            return .rejected("unknown operation kind \(shown(operation.kind)) (known: \(known))")
        }
        guard let submission = try? SyncWire.decoder().decode(ApplicationSubmission.self, from: Data(operation.payload.utf8)) else {
            return .rejected("the payload is not an application submission")
        }
        if submission.id != operation.entityID {
            return .rejected("the payload's application id does not match the operation's entity id")
        }
        if submission.kioskID != operation.kioskID {
            return .rejected("the payload's kiosk id does not match the operation's")
        }
        if submission.sequence != operation.sequence {
            return .rejected("the payload's sequence \(submission.sequence) does not match the operation's \(operation.sequence)")
        }
        if submission.cnic.utf8.count != 13 || !submission.cnic.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
            return .rejected("the payload's CNIC is not 13 digits")
        }
        if submission.tracking.isEmpty || submission.id.isEmpty {
            return .rejected("the payload has an empty application id or tracking number")
        }
        return .valid(CheckedOperation(operation: operation, submission: submission))
    }

    /// An identifier from the wire, quoted and cut short (it is not personal data, but may be anything).
    static func shown(_ text: String) -> String {
        "\"" + String(text.prefix(40)) + "\""
    }
}
