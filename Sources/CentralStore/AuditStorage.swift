import AuditTrail
import Foundation

/// What the central keeps of the kiosks' audit trails (docs/audit-trail.md), on every backend.
public protocol AuditStorage: Sendable {
    /// Kiosks with at least one audit entry or problem, sorted.
    func auditKiosks() async throws(CentralStorageError) -> [String]
    /// A kiosk's entries with index above `after`, in index order, at most `limit`.
    func auditEntries(kioskID: String, after: Int64, limit: Int) async throws(CentralStorageError) -> [AuditEntry]
    /// What the arrival checks recorded (forked chains, broken links), oldest first; all kiosks when nil.
    func auditProblems(kioskID: String?) async throws(CentralStorageError) -> [AuditProblem]
    /// Every entry naming this citizen, newest first, at most `limit` (by the keyed hash of the CNIC).
    func auditEntries(cnic: String, limit: Int) async throws(CentralStorageError) -> [CentralAuditEntry]
}

/// One problem an arriving audit entry showed.
public struct AuditProblem: Hashable, Sendable, Codable {
    public var kioskID: String
    public var index: Int64
    /// `forked`, `broken-link` or `changed`.
    public var kind: String
    public var receivedAtMillis: Int64

    public init(kioskID: String, index: Int64, kind: String, receivedAtMillis: Int64) {
        self.kioskID = kioskID
        self.index = index
        self.kind = kind
        self.receivedAtMillis = receivedAtMillis
    }

    /// As `AuditChainBreak` words it.
    public var chainBreak: AuditChainBreak {
        switch kind {
        case "forked": .forked(index: index)
        case "changed": .changed(index: index)
        default: .brokenLink(index: index)
        }
    }
}

/// An audit entry as the central holds it: the entry and when the central received it.
public struct CentralAuditEntry: Hashable, Sendable {
    public var entry: AuditEntry
    public var receivedAtMillis: Int64

    public init(entry: AuditEntry, receivedAtMillis: Int64) {
        self.entry = entry
        self.receivedAtMillis = receivedAtMillis
    }
}
