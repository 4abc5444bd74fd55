import AuditTrail
import Foundation
import GRDB
import IdentityCore

extension SQLiteCentralStorage {
    public func auditKiosks() async throws(CentralStorageError) -> [String] {
        try await read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT kiosk_id FROM audit_entry UNION SELECT DISTINCT kiosk_id FROM audit_problem ORDER BY 1")
        }
    }

    public func auditEntries(kioskID: String, after: Int64, limit: Int) async throws(CentralStorageError) -> [AuditEntry] {
        let texts = try await read { db in
            try String.fetchAll(db, sql: "SELECT entry FROM audit_entry WHERE kiosk_id = ? AND chain_index > ? ORDER BY chain_index LIMIT ?",
                                arguments: [kioskID, after, max(1, limit)])
        }
        var entries: [AuditEntry] = []
        entries.reserveCapacity(texts.count)
        for text in texts { entries.append(try AuditArrival.entry(json: text)) }
        return entries
    }

    public func auditProblems(kioskID: String?) async throws(CentralStorageError) -> [AuditProblem] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT kiosk_id, chain_index, kind, received_at_ms FROM audit_problem WHERE ? IS NULL OR kiosk_id = ? ORDER BY id",
                             arguments: [kioskID, kioskID]).map {
                AuditProblem(kioskID: $0["kiosk_id"], index: $0["chain_index"], kind: $0["kind"], receivedAtMillis: $0["received_at_ms"])
            }
        }
    }

    public func auditEntries(cnic: String, limit: Int) async throws(CentralStorageError) -> [CentralAuditEntry] {
        guard let parsed = try? CNIC(cnic) else { throw .invalid("\"\(cnic.prefix(20))\" is not a CNIC (13 digits, dashes optional)") }
        let rows = try await read { db -> [(String, Int64)] in
            guard let key = try Data.fetchOne(db, sql: "SELECT key FROM audit_key WHERE id = 1") else { return [] }
            return try Row.fetchAll(db, sql: "SELECT entry, received_at_ms FROM audit_entry WHERE citizen_key = ? ORDER BY at_ms DESC, kiosk_id LIMIT ?",
                                    arguments: [AuditLookupKey.citizenKey(parsed, key: key), max(1, limit)]).map { ($0["entry"], $0["received_at_ms"]) }
        }
        var found: [CentralAuditEntry] = []
        for (text, received) in rows { found.append(CentralAuditEntry(entry: try AuditArrival.entry(json: text), receivedAtMillis: received)) }
        return found
    }
}
