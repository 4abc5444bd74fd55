import Foundation
import SyncProtocol

/// The central store's storage, behind one protocol so the same service and the same test suite run on
/// SQLite (`SQLiteCentralStorage`, the embedded default) and PostgreSQL (`PostgresCentralStorage`).
///
/// Rules every implementation keeps (docs/sync-protocol.md):
/// - An operation is stored at most once, enforced by the database's unique constraints on `op_id` and
///   on `(kiosk_id, sequence)` — never by check-then-insert.
/// - One push is one transaction: the operations and the applications they file commit together.
/// - Change ids handed to `changes(for:)` readers only ever grow: no reader sees a change id appear below
///   one it already saw (on PostgreSQL, writers of the change log serialise on a lock).
public protocol CentralStorage: CentralTrustStorage, DeviceStorage, OperatorStorage, Sendable {
    /// `sqlite` or `postgres`.
    var kind: String { get }

    /// Stores a push's operations (each at most once) and files the applications they carry.
    /// `receivedAt` is the central's clock; `centralClock` its hybrid logical clock reading.
    func ingest(_ request: PushRequest, receivedAt: Date) async throws(CentralStorageError) -> IngestResult

    /// The changes after `request.cursor` for this kiosk: status changes of its applications, registry
    /// records of `request.districts`, and every trust-list change; at most `min(limit, SyncWire.maxChangesPerPull)`.
    func changes(for request: PullRequest) async throws(CentralStorageError) -> ChangePage

    /// Applications, newest first (`submittedAt`), at most `limit`.
    func applications(limit: Int) async throws(CentralStorageError) -> [CentralApplication]

    /// The application with this tracking number; nil when none.
    func application(tracking: String) async throws(CentralStorageError) -> CentralApplication?

    /// Moves an application to `status` (see `StatusTransition`) and appends the change for its kiosk,
    /// in one transaction. Throws `.notFound` / `.invalidTransition`.
    func advance(tracking: String, to status: String, at instant: Date, hlc: HLCTimestamp) async throws(CentralStorageError) -> CentralApplication

    /// Adds or replaces registry records (version bumped on every real change) and appends one change
    /// per changed record; returns how many changed.
    func upsertCitizens(_ records: [RegistryRecord]) async throws(CentralStorageError) -> Int

    /// Adds a signer to the trust list (a change for every kiosk).
    func addTrustedSigner(_ signer: TrustedSignerRecord) async throws(CentralStorageError)
    /// Removes a signer from the trust list (a change for every kiosk).
    func removeTrustedSigner(keyID: String) async throws(CentralStorageError)
    /// Revokes a pass serial (a change for every kiosk).
    func revokePass(serial: Int64, at instant: Date) async throws(CentralStorageError)

    /// One row per kiosk that ever pushed.
    func kioskSummaries() async throws(CentralStorageError) -> [KioskSummary]
    /// The conflicts recorded, newest first, at most `limit`.
    func conflicts(limit: Int) async throws(CentralStorageError) -> [ConflictRecord]
    /// How many operations the store holds for `kioskID` and their `ConvergenceDigest` (sequence order).
    func convergence(kioskID: String) async throws(CentralStorageError) -> Convergence
    /// How many operations the store holds in all.
    func operationCount() async throws(CentralStorageError) -> Int

    /// A cheap query that fails when the database does not answer (for `/health`).
    func ping() async throws(CentralStorageError)
    /// Closes connections. The storage is unusable afterwards.
    func close() async
}

/// What `ingest` did: one acknowledgement per operation in request order, and the kiosk's gaps — plus
/// what the service's per-kiosk gauges need, so a push never has to ask about every kiosk.
public struct IngestResult: Hashable, Sendable {
    public var acknowledgements: [OperationAcknowledgement]
    public var gaps: [SequenceGap]
    public var highestSequence: Int64
    /// Sequence numbers of this kiosk below `highestSequence` that are not stored (all of them, not only
    /// the 20 ranges in `gaps`).
    public var missing: Int64
    /// Receive time minus the newest accepted operation's HLC wall time (ms); nil when nothing was accepted.
    public var lagMillis: Int64?

    public init(acknowledgements: [OperationAcknowledgement], gaps: [SequenceGap], highestSequence: Int64, missing: Int64 = 0, lagMillis: Int64? = nil) {
        self.acknowledgements = acknowledgements
        self.gaps = gaps
        self.highestSequence = highestSequence
        self.missing = missing
        self.lagMillis = lagMillis
    }
}

/// One page of changes.
public struct ChangePage: Hashable, Sendable {
    public var changes: [SyncChange]
    public var nextCursor: Int64
    public var hasMore: Bool

    public init(changes: [SyncChange], nextCursor: Int64, hasMore: Bool) {
        self.changes = changes
        self.nextCursor = nextCursor
        self.hasMore = hasMore
    }
}

/// An application as the province's back office sees it.
public struct CentralApplication: Hashable, Sendable, Codable {
    public var id: String
    public var tracking: String
    public var kioskID: String
    public var sequence: Int64
    public var serviceID: String
    public var serviceVersion: Int
    /// 13 digits.
    public var cnic: String
    public var fee: Int
    public var paymentReference: String
    public var status: String
    /// ISO 8601 as the kiosk wrote it.
    public var submittedAt: String
    /// Milliseconds since 1970, central's clock.
    public var receivedAtMillis: Int64
    public var statusChangedAtMillis: Int64

    public init(
        id: String, tracking: String, kioskID: String, sequence: Int64, serviceID: String, serviceVersion: Int, cnic: String,
        fee: Int, paymentReference: String, status: String, submittedAt: String, receivedAtMillis: Int64, statusChangedAtMillis: Int64
    ) {
        self.id = id
        self.tracking = tracking
        self.kioskID = kioskID
        self.sequence = sequence
        self.serviceID = serviceID
        self.serviceVersion = serviceVersion
        self.cnic = cnic
        self.fee = fee
        self.paymentReference = paymentReference
        self.status = status
        self.submittedAt = submittedAt
        self.receivedAtMillis = receivedAtMillis
        self.statusChangedAtMillis = statusChangedAtMillis
    }
}

/// What the central knows of one kiosk.
public struct KioskSummary: Hashable, Sendable, Codable {
    public var kioskID: String
    /// Operations stored.
    public var operations: Int
    public var highestSequence: Int64
    /// Sequence numbers below `highestSequence` not stored.
    public var missing: Int64
    public var conflicts: Int
    /// Milliseconds since 1970 of the last push (central's clock).
    public var lastSeenMillis: Int64
    /// Central receive time minus the operation's HLC wall time, for the newest operation stored (ms).
    public var lagMillis: Int64

    public init(kioskID: String, operations: Int, highestSequence: Int64, missing: Int64, conflicts: Int, lastSeenMillis: Int64, lagMillis: Int64) {
        self.kioskID = kioskID
        self.operations = operations
        self.highestSequence = highestSequence
        self.missing = missing
        self.conflicts = conflicts
        self.lastSeenMillis = lastSeenMillis
        self.lagMillis = lagMillis
    }
}

/// A push that reused a stored operation id (or kiosk sequence) with other content. Kept for an operator.
public struct ConflictRecord: Hashable, Sendable, Codable {
    public var opID: String
    public var kioskID: String
    public var sequence: Int64
    /// The hash stored first (the one that stands).
    public var storedSHA256: String
    /// The hash that arrived later.
    public var receivedSHA256: String
    public var receivedAtMillis: Int64
    public var reason: String

    public init(opID: String, kioskID: String, sequence: Int64, storedSHA256: String, receivedSHA256: String, receivedAtMillis: Int64, reason: String) {
        self.opID = opID
        self.kioskID = kioskID
        self.sequence = sequence
        self.storedSHA256 = storedSHA256
        self.receivedSHA256 = receivedSHA256
        self.receivedAtMillis = receivedAtMillis
        self.reason = reason
    }
}

/// Count and digest of one kiosk's stored operations.
public struct Convergence: Hashable, Sendable, Codable {
    public var operations: Int
    public var digest: String

    public init(operations: Int, digest: String) {
        self.operations = operations
        self.digest = digest
    }
}

/// Why a storage call failed, in words for an operator (never a CNIC).
public enum CentralStorageError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The database did not answer or the connection dropped: worth retrying (HTTP 503).
    case unavailable(String)
    /// The URL is not `sqlite:PATH` or `postgres://…`, or the file is not ours.
    case badLocation(String)
    case notFound(tracking: String)
    case invalidTransition(from: String, to: String)
    /// Input that cannot be stored (bad registry record, bad key).
    case invalid(String)

    public var description: String {
        switch self {
        case .unavailable(let why): "the central database is not available: \(why)"
        case .badLocation(let why): why
        case .notFound(let tracking): "no application has tracking number \(tracking)"
        case .invalidTransition(let from, let to): "an application cannot go from \(from) to \(to)"
        case .invalid(let why): why
        }
    }
}
