import AuditTrail
import Foundation
import GRDB
import KhyberVocabulary

/// The statements that append one audit entry inside the caller's transaction: the next index after the
/// last stored entry, linked to its hash (the kiosk's genesis value for the first), sealed by the
/// device key, stored, and queued as an `audit.entry` outbox operation so it reaches the central once.
enum AuditLedger {
    static func append(_ event: AuditEvent, signer: AuditSigner, now: Date, path: String, db: Database) throws -> AuditEntry {
        let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1"))
        let index: Int64 = (last.map { $0["seq"] as Int64 } ?? 0) + 1
        let previous: Data = last.map { $0["hash"] as Data } ?? AuditGenesis.hash(kioskID: signer.kioskID)
        let entry: AuditEntry
        do {
            entry = try signer.seal(event, index: index, atMillis: RegistryDatabase.millis(now), previous: previous)
        } catch {
            throw RegistryError.storage(path: path, reason: error.description)
        }
        try db.cachedStatement(sql: """
            INSERT INTO audit_entry (seq, kiosk_id, at_ms, action, operator_id, cosigner_id, citizen, detail, previous, hash, signature)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                entry.index, entry.kioskID, entry.atMillis, entry.action, entry.operatorID, entry.coSignerID, entry.citizen,
                String(decoding: try JSONEncoder.sorted.encode(entry.detail), as: UTF8.self), entry.previous, entry.hash, entry.signature,
            ])
        let payload = try AuditEntryOperation(entry: entry, cnic: event.cnic?.digits).encoded()
        try OutboxAppend.append(kind: .auditEntry, entityID: "audit:\(index)", payload: payload, kioskID: signer.kioskID, now: now, path: path, db: db)
        return entry
    }
}

/// A row of `audit_entry`, decoded by column name.
struct AuditEntryRow: FetchableRecord {
    static let select = "SELECT seq, kiosk_id, at_ms, action, operator_id, cosigner_id, citizen, detail, previous, signature FROM audit_entry"

    let entry: AuditEntry

    init(row: Row) throws {
        let detailText: String = try row.decode(forColumn: "detail")
        // A detail that no longer parses is kept as one value, so the signature check names the entry.
        let detail = (try? JSONDecoder().decode([String: String].self, from: Data(detailText.utf8))) ?? ["": detailText]
        entry = AuditEntry(
            kioskID: try row.decode(forColumn: "kiosk_id"), index: try row.decode(forColumn: "seq"), atMillis: try row.decode(forColumn: "at_ms"),
            action: try row.decode(forColumn: "action"), operatorID: try row.decode(forColumn: "operator_id"),
            coSignerID: try row.decode(forColumn: "cosigner_id"), citizen: try row.decode(forColumn: "citizen"), detail: detail,
            previous: try row.decode(Data?.self, forColumn: "previous") ?? Data(), signature: try row.decode(Data?.self, forColumn: "signature") ?? Data()
        )
    }
}
