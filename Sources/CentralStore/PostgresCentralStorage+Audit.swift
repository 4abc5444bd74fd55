import AuditTrail
import Foundation
import IdentityCore
import PostgresNIO

extension PostgresCentralStorage {
    public func auditKiosks() async throws(CentralStorageError) -> [String] {
        let logger = self.logger
        return try await run { connection in
            var kiosks: [String] = []
            let rows = try await connection.query(
                "SELECT kiosk_id FROM audit_entry UNION SELECT kiosk_id FROM audit_problem ORDER BY 1", logger: logger)
            for try await kiosk in rows.decode(String.self) { kiosks.append(kiosk) }
            return kiosks
        }
    }

    public func auditEntries(kioskID: String, after: Int64, limit: Int) async throws(CentralStorageError) -> [AuditEntry] {
        let logger = self.logger
        let limit = Int64(max(1, limit))
        let texts = try await run { connection in
            var texts: [String] = []
            let rows = try await connection.query("""
                SELECT entry FROM audit_entry WHERE kiosk_id = \(kioskID) AND chain_index > \(after) ORDER BY chain_index LIMIT \(limit)
                """, logger: logger)
            for try await text in rows.decode(String.self) { texts.append(text) }
            return texts
        }
        var entries: [AuditEntry] = []
        entries.reserveCapacity(texts.count)
        for text in texts { entries.append(try AuditArrival.entry(json: text)) }
        return entries
    }

    public func auditProblems(kioskID: String?) async throws(CentralStorageError) -> [AuditProblem] {
        let logger = self.logger
        return try await run { connection in
            var problems: [AuditProblem] = []
            let rows = try await connection.query("""
                SELECT kiosk_id, chain_index, kind, received_at_ms FROM audit_problem
                WHERE \(kioskID)::text IS NULL OR kiosk_id = \(kioskID) ORDER BY id
                """, logger: logger)
            for try await (kiosk, index, kind, received) in rows.decode((String, Int64, String, Int64).self) {
                problems.append(AuditProblem(kioskID: kiosk, index: index, kind: kind, receivedAtMillis: received))
            }
            return problems
        }
    }

    public func auditEntries(cnic: String, limit: Int) async throws(CentralStorageError) -> [CentralAuditEntry] {
        guard let parsed = try? CNIC(cnic) else { throw .invalid("\"\(cnic.prefix(20))\" is not a CNIC (13 digits, dashes optional)") }
        let logger = self.logger
        let limit = Int64(max(1, limit))
        let rows = try await run { connection -> [(String, Int64)] in
            var key: Data?
            for try await value in try await connection.query("SELECT key FROM audit_key WHERE id = 1", logger: logger).decode(Data.self) {
                key = value
            }
            guard let key else { return [] }
            let citizenKey = AuditLookupKey.citizenKey(parsed, key: key)
            var found: [(String, Int64)] = []
            let rows = try await connection.query("""
                SELECT entry, received_at_ms FROM audit_entry WHERE citizen_key = \(citizenKey) ORDER BY at_ms DESC, kiosk_id LIMIT \(limit)
                """, logger: logger)
            for try await (text, received) in rows.decode((String, Int64).self) { found.append((text, received)) }
            return found
        }
        var found: [CentralAuditEntry] = []
        for (text, received) in rows { found.append(CentralAuditEntry(entry: try AuditArrival.entry(json: text), receivedAtMillis: received)) }
        return found
    }
}
