import Foundation
import GRDB
import SyncProtocol

extension SQLiteCentralStorage {
    public func applications(limit: Int) async throws(CentralStorageError) -> [CentralApplication] {
        let limit = max(0, limit)
        return try await read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM application ORDER BY submitted_at DESC, sequence DESC, kiosk_id DESC LIMIT ?", arguments: [limit]
            ).map(Self.application(from:))
        }
    }

    public func application(tracking: String) async throws(CentralStorageError) -> CentralApplication? {
        try await read { db in try Self.fetchApplication(db, tracking: tracking) }
    }

    public func kioskSummaries() async throws(CentralStorageError) -> [KioskSummary] {
        try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT k.kiosk_id, k.last_seen_ms, k.lag_ms,
                    (SELECT COUNT(*) FROM operation o WHERE o.kiosk_id = k.kiosk_id) AS operations,
                    (SELECT COALESCE(MAX(sequence), 0) FROM operation o WHERE o.kiosk_id = k.kiosk_id) AS highest,
                    (SELECT COUNT(*) FROM conflict c WHERE c.kiosk_id = k.kiosk_id) AS conflicts
                FROM kiosk k ORDER BY k.kiosk_id
                """
            ).map { row in
                let operations: Int = row["operations"]
                let highest: Int64 = row["highest"]
                return KioskSummary(
                    kioskID: row["kiosk_id"], operations: operations, highestSequence: highest, missing: highest - Int64(operations),
                    conflicts: row["conflicts"], lastSeenMillis: row["last_seen_ms"], lagMillis: row["lag_ms"])
            }
        }
    }

    public func conflicts(limit: Int) async throws(CentralStorageError) -> [ConflictRecord] {
        let limit = max(0, limit)
        return try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM conflict ORDER BY id DESC LIMIT ?", arguments: [limit]).map { row in
                ConflictRecord(
                    opID: row["op_id"], kioskID: row["kiosk_id"], sequence: row["sequence"], storedSHA256: row["stored_sha256"],
                    receivedSHA256: row["received_sha256"], receivedAtMillis: row["received_at_ms"], reason: row["reason"])
            }
        }
    }

    public func convergence(kioskID: String) async throws(CentralStorageError) -> Convergence {
        let hashes = try await read { db in
            try String.fetchAll(db, sql: "SELECT payload_sha256 FROM operation WHERE kiosk_id = ? ORDER BY sequence", arguments: [kioskID])
        }
        return Convergence(operations: hashes.count, digest: ConvergenceDigest.of(payloadHashesInSequenceOrder: hashes))
    }

    public func operationCount() async throws(CentralStorageError) -> Int {
        try await read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM operation") ?? 0 }
    }

    static func fetchApplication(_ db: Database, tracking: String) throws -> CentralApplication? {
        try Row.fetchOne(db, sql: "SELECT * FROM application WHERE tracking = ?", arguments: [tracking]).map(application(from:))
    }

    static func application(from row: Row) -> CentralApplication {
        CentralApplication(
            id: row["id"], tracking: row["tracking"], kioskID: row["kiosk_id"], sequence: row["sequence"], serviceID: row["service_id"],
            serviceVersion: row["service_version"], cnic: row["cnic"], fee: row["fee"], paymentReference: row["payment_reference"],
            status: row["status"], submittedAt: row["submitted_at"], receivedAtMillis: row["received_at_ms"],
            statusChangedAtMillis: row["status_changed_at_ms"], assistedBy: row["assisted_by"])
    }
}
