import Foundation

/// Outbox and sync: what waits to be sent, what the central refused and why, and a retry.
public struct OutboxScreen: Equatable, Sendable {
    /// The operations, refused first; nil while loading.
    public var rows: [OutboxRow]?
    /// The page of nine shown.
    public var page: Int
    /// True while a retry is written.
    public var isRetrying: Bool
    /// What the last retry did.
    public var note: OutboxNote?

    /// The screen waiting for its rows.
    public init(rows: [OutboxRow]? = nil, page: Int = 0, isRetrying: Bool = false, note: OutboxNote? = nil) {
        self.rows = rows
        self.page = page
        self.isRetrying = isRetrying
        self.note = note
    }
}

/// One operation as the operator sees it (no payload, no CNIC).
public struct OutboxRow: Equatable, Sendable {
    public var opID: String
    /// `application.submitted`, `pin.set`, …
    public var kind: String
    /// The application's tracking number, when there is one.
    public var tracking: String?
    public var createdAt: Date
    public var attempts: Int
    /// The central's reason when it refused the operation for good; nil while pending.
    public var refusal: String?

    /// A row from its parts.
    public init(opID: String, kind: String, tracking: String?, createdAt: Date, attempts: Int, refusal: String?) {
        self.opID = opID
        self.kind = kind
        self.tracking = tracking
        self.createdAt = createdAt
        self.attempts = attempts
        self.refusal = refusal
    }
}

/// What a retry did.
public enum OutboxNote: Equatable, Sendable {
    /// Back in the queue.
    case retried(opID: String)
    /// Pending operations are sent by themselves; only refused ones are retried.
    case notRefused
    case failed(String)
}
