/// `POST /v1/push`: a batch of one kiosk's outbox operations, in sequence order.
public struct PushRequest: Codable, Hashable, Sendable {
    public var protocolVersion: Int
    /// The sending kiosk (canonical id). Every operation must carry the same id.
    public var kioskID: String
    /// The kiosk's hybrid logical clock when it sent the batch.
    public var sentAt: HLCTimestamp
    /// 1 … `SyncWire.maxOperationsPerPush` operations, in ascending sequence.
    public var operations: [PushOperation]

    public init(protocolVersion: Int = SyncWire.version, kioskID: String, sentAt: HLCTimestamp, operations: [PushOperation]) {
        self.protocolVersion = protocolVersion
        self.kioskID = kioskID
        self.sentAt = sentAt
        self.operations = operations
    }
}

/// The central store's answer to a push: one acknowledgement per operation, in the request's order.
public struct PushResponse: Codable, Hashable, Sendable {
    public var protocolVersion: Int
    /// The central store's hybrid logical clock when it answered (the kiosk takes it in).
    public var centralClock: HLCTimestamp
    public var acknowledgements: [OperationAcknowledgement]
    /// Sequence numbers of this kiosk the central store has not received, below the highest it has
    /// (at most 20 ranges). Empty when the kiosk's operations arrived without holes.
    public var gaps: [SequenceGap]
    /// The highest sequence number of this kiosk the central store holds.
    public var highestSequence: Int64

    public init(
        protocolVersion: Int = SyncWire.version, centralClock: HLCTimestamp, acknowledgements: [OperationAcknowledgement],
        gaps: [SequenceGap], highestSequence: Int64
    ) {
        self.protocolVersion = protocolVersion
        self.centralClock = centralClock
        self.acknowledgements = acknowledgements
        self.gaps = gaps
        self.highestSequence = highestSequence
    }
}

/// What the central store did with one operation.
public struct OperationAcknowledgement: Codable, Hashable, Sendable {
    public var opID: String
    public var sequence: Int64
    public var outcome: AcknowledgementOutcome
    /// When the central store FIRST received this operation (milliseconds since 1970, central's clock).
    /// A replay gets the original time back: the acknowledgement is the original one.
    public var receivedAtMillis: Int64
    /// For `conflict` and `rejected`: why, in words for an operator. Never contains a CNIC.
    public var reason: String?

    public init(opID: String, sequence: Int64, outcome: AcknowledgementOutcome, receivedAtMillis: Int64, reason: String? = nil) {
        self.opID = opID
        self.sequence = sequence
        self.outcome = outcome
        self.receivedAtMillis = receivedAtMillis
        self.reason = reason
    }
}

/// The four answers an operation can get. `accepted` and `duplicate` mean "stored": the kiosk marks the
/// operation acknowledged. `conflict` and `rejected` are permanent: the kiosk stops retrying that one
/// operation, shows it to the operator, and goes on with the others.
public enum AcknowledgementOutcome: String, Codable, Hashable, Sendable, CaseIterable {
    /// Stored now, for the first time.
    case accepted
    /// Stored earlier with the same content (same id, same hash): the original acknowledgement.
    case duplicate
    /// The id — or this kiosk's sequence number — is already stored with OTHER content. Nothing was
    /// overwritten; the central store logged and counted it for an operator.
    case conflict
    /// The operation itself is unusable (hash does not match the payload, unknown kind, payload that
    /// does not parse, kiosk id that does not match the batch). Nothing was stored.
    case rejected

    /// True when the central store holds the operation.
    public var isStored: Bool { self == .accepted || self == .duplicate }
}

/// An inclusive range of sequence numbers the central store is missing.
public struct SequenceGap: Codable, Hashable, Sendable {
    public var first: Int64
    public var last: Int64

    public init(first: Int64, last: Int64) {
        self.first = first
        self.last = last
    }
}
