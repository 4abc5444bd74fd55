import KhyberVocabulary

/// An outbox operation waiting to go to the central store, as the outbox keeps it. Everything in it was
/// made once, at submit, and never changes on a retry.
public struct PendingOperation: Hashable, Sendable {
    /// The kiosk-made id (a UUIDv7, lowercase with dashes).
    public var opID: String
    /// The canonical kiosk id it was numbered under (`KPPSH001`).
    public var kioskID: String
    /// The kiosk's contiguous sequence number, from 1.
    public var sequence: Int64
    /// The kiosk's hybrid logical clock when the operation was made.
    public var hlc: HLCTimestamp
    /// An `OperationKind` raw value, as stored.
    public var kind: String
    /// The row it is about (for `application.submitted`, the application's id).
    public var entityID: String
    /// The payload, exactly the text stored (its UTF-8 bytes are what `payloadSHA256` hashes).
    public var payload: String
    /// Lowercase hex SHA-256 of `payload`.
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
