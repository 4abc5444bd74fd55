import AuditTrail
import Foundation
import GRDB
import IdentityCore
import SyncProtocol

/// How SQLite files audit entries, PIN changes and pass revocations, inside the push's transaction.
enum SQLiteOtherIngest {
    /// Why the operation may not be stored (checks that need the device and registry tables), or nil.
    static func refusal(_ checked: CheckedOtherOperation, db: Database) throws -> String? {
        let kioskID = checked.operation.kioskID
        switch checked.content {
        case .audit(let entry, _):
            let key = try String.fetchOne(db, sql: "SELECT device_public_key FROM device WHERE kiosk_id = ?", arguments: [kioskID])
            return AuditArrival.refusal(entry, kioskID: kioskID, deviceKey: key)
        case .pin(_, let cnic, _):
            guard let district = try Int.fetchOne(db, sql: "SELECT district_code FROM citizen WHERE cnic = ?", arguments: [cnic.digits]) else {
                return OtherOperationWords.notInRegistry(cnic)
            }
            let enrolled = try String.fetchOne(db, sql: "SELECT districts FROM device WHERE kiosk_id = ? AND status = 'approved'", arguments: [kioskID])
            guard let enrolled, DeviceRules.districts(enrolled).contains(district) else {
                return OtherOperationWords.notEnrolledFor(kioskID: kioskID, district: district)
            }
            return nil
        case .passRevoked(let revocation):
            if revocation.issuer != nil { return nil }
            let issuer = try String.fetchOne(db, sql: "SELECT issuer_public_key FROM device WHERE kiosk_id = ?", arguments: [kioskID])
            return issuer == nil ? OtherOperationWords.noIssuer(kioskID: kioskID) : nil
        }
    }

    /// Before the operation is inserted: a genuine entry for a place another entry already holds is a
    /// forked chain — recorded whether or not the operation itself is stored.
    static func noteFork(_ checked: CheckedOtherOperation, now: Int64, db: Database) throws {
        guard case .audit(let entry, _) = checked.content, try isGenuine(entry, db: db) else { return }
        let hash = AuditArrival.hex(entry.hash)
        guard let held = try String.fetchOne(
            db, sql: "SELECT hash FROM audit_entry WHERE kiosk_id = ? AND chain_index = ?", arguments: [entry.kioskID, entry.index]),
            held != hash else { return }
        try problem(AuditArrival.forked, entry: entry, now: now, db: db)
    }

    /// Files what a newly stored operation carries.
    static func file(_ checked: CheckedOtherOperation, now: Int64, db: Database) throws {
        let kioskID = checked.operation.kioskID
        switch checked.content {
        case .audit(let entry, let cnic):
            guard try isGenuine(entry, db: db) else {
                try problem(AuditArrival.changed, entry: entry, now: now, db: db)
                return
            }
            let citizenKey = try cnic.map { AuditLookupKey.citizenKey($0, key: try lookupKey(db)) }
            try db.execute(sql: """
                INSERT INTO audit_entry (kiosk_id, chain_index, at_ms, action, operator_id, cosigner_id, citizen, citizen_key, hash, entry,
                    op_id, received_at_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """, arguments: [
                    entry.kioskID, entry.index, entry.atMillis, entry.action, entry.operatorID, entry.coSignerID, entry.citizen, citizenKey,
                    AuditArrival.hex(entry.hash), try AuditArrival.json(entry), checked.operation.opID, now,
                ])
            guard db.changesCount == 1 else { return }
            let predecessor = try String.fetchOne(
                db, sql: "SELECT hash FROM audit_entry WHERE kiosk_id = ? AND chain_index = ?", arguments: [entry.kioskID, entry.index - 1])
            if AuditArrival.linkProblem(entry, predecessorHash: predecessor) {
                try problem(AuditArrival.brokenLink, entry: entry, now: now, db: db)
            }
        case .pin(let change, let cnic, let hlc):
            let district = try Int.fetchOne(db, sql: "SELECT district_code FROM citizen WHERE cnic = ?", arguments: [cnic.digits]) ?? 0
            let stored = try Row.fetchOne(db, sql: "SELECT * FROM pin_verifier WHERE cnic = ?", arguments: [cnic.digits]).map(storedPIN)
            guard let merged = StoredPIN.merged(stored, change: change, hlc: hlc, districtCode: district, kioskID: kioskID) else { return }
            try db.execute(sql: """
                INSERT OR REPLACE INTO pin_verifier (cnic, district_code, hash, salt, cost, changed_hlc, failed_attempts, locked_until_ms,
                    state_hlc, kiosk_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    merged.cnic, merged.districtCode, merged.verifier?.hash, merged.verifier?.salt, merged.verifier?.costLog2, merged.changedHLC,
                    merged.failedAttempts, merged.lockedUntilMillis, merged.stateHLC, merged.kioskID,
                ])
            try SQLiteCentralStorage.appendChange(db, kind: .pin, scope: ChangeScope.district(district), body: ChangeBody.encode(merged.record))
        case .passRevoked(let revocation):
            let issuer = try revocation.issuer
                ?? String.fetchOne(db, sql: "SELECT issuer_public_key FROM device WHERE kiosk_id = ?", arguments: [kioskID]) ?? ""
            try db.execute(sql: "INSERT INTO trust_revoked_pass (issuer, serial) VALUES (?, ?) ON CONFLICT DO NOTHING",
                           arguments: [issuer, revocation.serial])
        }
    }

    private static func isGenuine(_ entry: AuditEntry, db: Database) throws -> Bool {
        let key = try String.fetchOne(db, sql: "SELECT device_public_key FROM device WHERE kiosk_id = ?", arguments: [entry.kioskID])
        return AuditArrival.isGenuine(entry, deviceKey: key)
    }

    /// The central's key for `citizen_key`, made on first use.
    static func lookupKey(_ db: Database) throws -> Data {
        if let key = try Data.fetchOne(db, sql: "SELECT key FROM audit_key WHERE id = 1") { return key }
        let key = AuditLookupKey.newKey()
        try db.execute(sql: "INSERT INTO audit_key (id, key) VALUES (1, ?)", arguments: [key])
        return key
    }

    private static func problem(_ kind: String, entry: AuditEntry, now: Int64, db: Database) throws {
        try db.execute(sql: """
            INSERT INTO audit_problem (kiosk_id, chain_index, kind, received_hash, entry, received_at_ms) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """, arguments: [entry.kioskID, entry.index, kind, AuditArrival.hex(entry.hash), try AuditArrival.json(entry), now])
    }

    private static func storedPIN(_ row: Row) -> StoredPIN {
        let hash: String? = row["hash"]
        let salt: String? = row["salt"]
        let cost: Int? = row["cost"]
        var verifier: PINVerifierRecord?
        if let hash, let salt, let cost { verifier = PINVerifierRecord(hash: hash, salt: salt, costLog2: cost) }
        return StoredPIN(
            cnic: row["cnic"], districtCode: row["district_code"], verifier: verifier, changedHLC: row["changed_hlc"],
            failedAttempts: row["failed_attempts"], lockedUntilMillis: row["locked_until_ms"], stateHLC: row["state_hlc"], kioskID: row["kiosk_id"]
        )
    }
}
