/// One outbox operation on the wire. Everything in it is made once on the kiosk and never changes on a retry.
public struct PushOperation: Codable, Hashable, Sendable {
    /// The kiosk-made id (a UUIDv7, lowercase with dashes). The central store's unique key.
    public var opID: String
    /// The kiosk's canonical id (`KPPSH001`): upper-case letters and digits.
    public var kioskID: String
    /// The kiosk's contiguous sequence number, from 1. Unique per kiosk.
    public var sequence: Int64
    /// The kiosk's hybrid logical clock when the operation was made.
    public var hlc: HLCTimestamp
    /// What kind of operation: an `OperationKind` raw value (`application.submitted`); kept as text so a
    /// kind this build does not know still decodes and can be refused with a reason.
    public var kind: String
    /// The row it is about (for `application.submitted`, the application's id).
    public var entityID: String
    /// The payload, exactly the text the kiosk stored: its UTF-8 bytes are what `payloadSHA256` hashes.
    public var payload: String
    /// Lowercase hex SHA-256 of `payload`'s UTF-8 bytes.
    public var payloadSHA256: String

    public init(
        opID: String, kioskID: String, sequence: Int64, hlc: HLCTimestamp, kind: String, entityID: String,
        payload: String, payloadSHA256: String
    ) {
        self.opID = opID
        self.kioskID = kioskID
        self.sequence = sequence
        self.hlc = hlc
        self.kind = kind
        self.entityID = entityID
        self.payload = payload
        self.payloadSHA256 = payloadSHA256
    }
}

extension PushOperation {
    /// An operation of a kind this build knows.
    public init(
        opID: String, kioskID: String, sequence: Int64, hlc: HLCTimestamp, kind: OperationKind, entityID: String,
        payload: String, payloadSHA256: String
    ) {
        self.init(
            opID: opID, kioskID: kioskID, sequence: sequence, hlc: hlc, kind: kind.rawValue, entityID: entityID,
            payload: payload, payloadSHA256: payloadSHA256
        )
    }

    /// The kind, when this build knows it.
    public var operationKind: OperationKind? { OperationKind(rawValue: kind) }
}
