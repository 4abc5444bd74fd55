import Foundation
import KioskStore
import SyncProtocol

/// Between the outbox and the push messages: pending operations go out as `PushOperation`s, and the
/// central's acknowledgements come back as `OperationDelivery`s.
public enum PushMapping {
    /// An outbox operation as the wire carries it (field for field; nothing is re-encoded).
    public static func pushOperation(_ operation: PendingOperation) -> PushOperation {
        PushOperation(
            opID: operation.opID, kioskID: operation.kioskID, sequence: operation.sequence, hlc: operation.hlc, kind: operation.kind,
            entityID: operation.entityID, payload: operation.payload, payloadSHA256: operation.payloadSHA256
        )
    }

    /// What an acknowledgement means for the outbox.
    public static func delivery(_ acknowledgement: OperationAcknowledgement) -> OperationDelivery {
        OperationDelivery(
            opID: acknowledgement.opID, outcome: outcome(acknowledgement.outcome),
            centralReceivedAt: acknowledgement.outcome.isStored ? Date(timeIntervalSince1970: Double(acknowledgement.receivedAtMillis) / 1000) : nil,
            reason: acknowledgement.reason
        )
    }

    private static func outcome(_ outcome: AcknowledgementOutcome) -> OperationDelivery.Outcome {
        switch outcome {
        case .accepted: .accepted
        case .duplicate: .duplicate
        case .conflict: .conflict
        case .rejected: .rejected
        }
    }
}
