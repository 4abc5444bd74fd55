import Foundation

/// What became of one sent operation, in the outbox's terms: held by the central store (now or since
/// earlier), or refused for good with a reason for an operator.
public struct OperationDelivery: Hashable, Sendable {
    /// How the central store answered.
    public enum Outcome: String, Hashable, Sendable {
        /// Stored now, for the first time.
        case accepted
        /// Stored earlier with the same content.
        case duplicate
        /// Its id or sequence is taken by other content: refused for good.
        case conflict
        /// Unusable as sent: refused for good.
        case rejected

        /// True when the central store holds the operation.
        public var isStored: Bool { self == .accepted || self == .duplicate }
    }

    public var opID: String
    public var outcome: Outcome
    /// When the central store first received it (nil when it did not say, or refused it).
    public var centralReceivedAt: Date?
    /// For a refusal: why, in words for an operator.
    public var reason: String?

    public init(opID: String, outcome: Outcome, centralReceivedAt: Date?, reason: String? = nil) {
        self.opID = opID
        self.outcome = outcome
        self.centralReceivedAt = centralReceivedAt
        self.reason = reason
    }
}
