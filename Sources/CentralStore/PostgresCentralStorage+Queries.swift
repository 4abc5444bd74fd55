import Foundation
import Logging
import PostgresNIO
import SyncProtocol

extension PostgresCentralStorage {
    static let applicationColumns = """
        id, tracking, kiosk_id, sequence, service_id, service_version, cnic, fee, payment_reference, status, submitted_at,
        received_at_ms, status_changed_at_ms, assisted_by
        """

    public func applications(limit: Int) async throws(CentralStorageError) -> [CentralApplication] {
        let limit = Int64(max(0, limit))
        let logger = self.logger
        return try await run { connection in
            let rows = try await connection.query("""
                SELECT \(unescaped: Self.applicationColumns) FROM application
                ORDER BY submitted_at DESC, sequence DESC, kiosk_id DESC LIMIT \(limit)
                """, logger: logger)
            return try await Self.applications(from: rows)
        }
    }

    public func application(tracking: String) async throws(CentralStorageError) -> CentralApplication? {
        let logger = self.logger
        return try await run { connection in
            try await Self.fetchApplication(connection, logger: logger, tracking: tracking, forUpdate: false)
        }
    }

    public func kioskSummaries() async throws(CentralStorageError) -> [KioskSummary] {
        let logger = self.logger
        return try await run { connection in
            let rows = try await connection.query("""
                SELECT k.kiosk_id, k.last_seen_ms, k.lag_ms,
                    (SELECT COUNT(*) FROM operation o WHERE o.kiosk_id = k.kiosk_id)::bigint,
                    (SELECT COALESCE(MAX(sequence), 0) FROM operation o WHERE o.kiosk_id = k.kiosk_id)::bigint,
                    (SELECT COUNT(*) FROM conflict c WHERE c.kiosk_id = k.kiosk_id)::bigint
                FROM kiosk k ORDER BY k.kiosk_id
                """, logger: logger)
            var summaries: [KioskSummary] = []
            for try await (kioskID, lastSeen, lag, operations, highest, conflicts) in rows.decode((String, Int64, Int64, Int64, Int64, Int64).self) {
                summaries.append(KioskSummary(
                    kioskID: kioskID, operations: Int(operations), highestSequence: highest, missing: highest - operations,
                    conflicts: Int(conflicts), lastSeenMillis: lastSeen, lagMillis: lag))
            }
            return summaries
        }
    }

    public func conflicts(limit: Int) async throws(CentralStorageError) -> [ConflictRecord] {
        let limit = Int64(max(0, limit))
        let logger = self.logger
        return try await run { connection in
            let rows = try await connection.query("""
                SELECT op_id, kiosk_id, sequence, stored_sha256, received_sha256, received_at_ms, reason
                FROM conflict ORDER BY id DESC LIMIT \(limit)
                """, logger: logger)
            var records: [ConflictRecord] = []
            for try await (opID, kioskID, sequence, stored, received, at, reason) in rows.decode((String, String, Int64, String, String, Int64, String).self) {
                records.append(ConflictRecord(
                    opID: opID, kioskID: kioskID, sequence: sequence, storedSHA256: stored, receivedSHA256: received, receivedAtMillis: at, reason: reason))
            }
            return records
        }
    }

    public func convergence(kioskID: String) async throws(CentralStorageError) -> Convergence {
        let logger = self.logger
        let hashes = try await run { connection in
            let rows = try await connection.query(
                "SELECT payload_sha256 FROM operation WHERE kiosk_id = \(kioskID) ORDER BY sequence", logger: logger)
            var hashes: [String] = []
            for try await hash in rows.decode(String.self) { hashes.append(hash) }
            return hashes
        }
        return Convergence(operations: hashes.count, digest: ConvergenceDigest.of(payloadHashesInSequenceOrder: hashes))
    }

    public func operationCount() async throws(CentralStorageError) -> Int {
        let logger = self.logger
        return try await run { connection in
            var count = 0
            for try await value in try await connection.query("SELECT COUNT(*)::bigint FROM operation", logger: logger).decode(Int64.self) {
                count = Int(value)
            }
            return count
        }
    }

    static func fetchApplication(_ connection: PostgresConnection, logger: Logger, tracking: String, forUpdate: Bool) async throws -> CentralApplication? {
        let rows = try await connection.query("""
            SELECT \(unescaped: applicationColumns) FROM application WHERE tracking = \(tracking) \(unescaped: forUpdate ? "FOR UPDATE" : "")
            """, logger: logger)
        return try await applications(from: rows).first
    }

    static func applications(from rows: PostgresRowSequence) async throws -> [CentralApplication] {
        var found: [CentralApplication] = []
        for try await row in rows {
            let (id, tracking, kioskID, sequence, serviceID, serviceVersion, cnic, fee, paymentReference, status, submittedAt, receivedAt, changedAt, assistedBy) =
                try row.decode((String, String, String, Int64, String, Int, String, Int, String, String, String, Int64, Int64, String?).self)
            found.append(CentralApplication(
                id: id, tracking: tracking, kioskID: kioskID, sequence: sequence, serviceID: serviceID, serviceVersion: serviceVersion,
                cnic: cnic, fee: fee, paymentReference: paymentReference, status: status, submittedAt: submittedAt,
                receivedAtMillis: receivedAt, statusChangedAtMillis: changedAt, assistedBy: assistedBy))
        }
        return found
    }
}
