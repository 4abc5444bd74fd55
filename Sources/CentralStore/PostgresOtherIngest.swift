import AuditTrail
import Foundation
import IdentityCore
import Logging
import PostgresNIO
import SyncProtocol

/// How PostgreSQL files audit entries, PIN changes and pass revocations, one at a time inside the push's
/// transaction (the same decisions as `SQLiteOtherIngest`).
struct PostgresOtherIngest {
    let connection: PostgresConnection
    let logger: Logger
    let now: Int64

    /// Why the operation may not be stored, or nil.
    func refusal(_ checked: CheckedOtherOperation) async throws -> String? {
        let kioskID = checked.operation.kioskID
        switch checked.content {
        case .audit(let entry, _):
            let key = try await first(String.self, "SELECT device_public_key FROM device WHERE kiosk_id = \(kioskID)")
            return AuditArrival.refusal(entry, kioskID: kioskID, deviceKey: key)
        case .pin(_, let cnic, _):
            guard let district = try await first(Int.self, "SELECT district_code FROM citizen WHERE cnic = \(cnic.digits)") else {
                return OtherOperationWords.notInRegistry(cnic)
            }
            let enrolled = try await first(String.self, "SELECT districts FROM device WHERE kiosk_id = \(kioskID) AND status = 'approved'")
            guard let enrolled, DeviceRules.districts(enrolled).contains(district) else {
                return OtherOperationWords.notEnrolledFor(kioskID: kioskID, district: district)
            }
            return nil
        case .passRevoked(let revocation):
            if revocation.issuer != nil { return nil }
            let issuer = try await first(String.self, "SELECT issuer_public_key FROM device WHERE kiosk_id = \(kioskID)")
            return issuer == nil ? OtherOperationWords.noIssuer(kioskID: kioskID) : nil
        }
    }

    /// A genuine entry for a place another entry already holds: a forked chain, recorded.
    func noteFork(_ checked: CheckedOtherOperation) async throws {
        guard case .audit(let entry, _) = checked.content, try await isGenuine(entry) else { return }
        let hash = AuditArrival.hex(entry.hash)
        guard let held = try await first(String.self, "SELECT hash FROM audit_entry WHERE kiosk_id = \(entry.kioskID) AND chain_index = \(entry.index)"),
              held != hash else { return }
        try await problem(AuditArrival.forked, entry: entry)
    }

    /// Inserts the operation; true when it is new (then what it carries is filed).
    func insertAndFile(_ checked: CheckedOtherOperation) async throws -> Bool {
        let operation = checked.operation
        let inserted = try await first(String.self, """
            INSERT INTO operation (op_id, kiosk_id, sequence, hlc, kind, entity_id, payload, payload_sha256, received_at_ms)
            VALUES (\(operation.opID), \(operation.kioskID), \(operation.sequence), \(operation.hlc.text), \(operation.kind), \(operation.entityID),
                \(operation.payload), \(operation.payloadSHA256), \(now))
            ON CONFLICT DO NOTHING RETURNING op_id
            """)
        guard inserted != nil else { return false }
        try await file(checked)
        return true
    }

    private func file(_ checked: CheckedOtherOperation) async throws {
        let kioskID = checked.operation.kioskID
        switch checked.content {
        case .audit(let entry, let cnic):
            guard try await isGenuine(entry) else {
                try await problem(AuditArrival.changed, entry: entry)
                return
            }
            var citizenKey: String?
            if let cnic { citizenKey = AuditLookupKey.citizenKey(cnic, key: try await lookupKey()) }
            let json = try AuditArrival.json(entry)
            let stored = try await first(Int64.self, """
                INSERT INTO audit_entry (kiosk_id, chain_index, at_ms, action, operator_id, cosigner_id, citizen, citizen_key, hash, entry,
                    op_id, received_at_ms)
                VALUES (\(entry.kioskID), \(entry.index), \(entry.atMillis), \(entry.action), \(entry.operatorID), \(entry.coSignerID),
                    \(entry.citizen), \(citizenKey), \(AuditArrival.hex(entry.hash)), \(json), \(checked.operation.opID), \(now))
                ON CONFLICT DO NOTHING RETURNING chain_index
                """)
            guard stored != nil else { return }
            let predecessor = try await first(
                String.self, "SELECT hash FROM audit_entry WHERE kiosk_id = \(entry.kioskID) AND chain_index = \(entry.index - 1)"
            )
            if AuditArrival.linkProblem(entry, predecessorHash: predecessor) { try await problem(AuditArrival.brokenLink, entry: entry) }
        case .pin(let change, let cnic, let hlc):
            let district = try await first(Int.self, "SELECT district_code FROM citizen WHERE cnic = \(cnic.digits)") ?? 0
            let merged = StoredPIN.merged(try await storedPIN(cnic.digits), change: change, hlc: hlc, districtCode: district, kioskID: kioskID)
            guard let merged else { return }
            try await connection.query("""
                INSERT INTO pin_verifier (cnic, district_code, hash, salt, cost, changed_hlc, failed_attempts, locked_until_ms, state_hlc, kiosk_id)
                VALUES (\(merged.cnic), \(merged.districtCode), \(merged.verifier?.hash), \(merged.verifier?.salt), \(merged.verifier?.costLog2),
                    \(merged.changedHLC), \(merged.failedAttempts), \(merged.lockedUntilMillis), \(merged.stateHLC), \(merged.kioskID))
                ON CONFLICT (cnic) DO UPDATE SET district_code = excluded.district_code, hash = excluded.hash, salt = excluded.salt,
                    cost = excluded.cost, changed_hlc = excluded.changed_hlc, failed_attempts = excluded.failed_attempts,
                    locked_until_ms = excluded.locked_until_ms, state_hlc = excluded.state_hlc, kiosk_id = excluded.kiosk_id
                """, logger: logger)
            try await PostgresCentralStorage.lockChangeLog(connection, logger: logger)
            try await PostgresCentralStorage.appendChanges(
                connection, logger: logger, kind: .pin, rows: [(ChangeScope.district(district), try ChangeBody.encode(merged.record))]
            )
        case .passRevoked(let revocation):
            var issuer = revocation.issuer
            if issuer == nil { issuer = try await first(String.self, "SELECT issuer_public_key FROM device WHERE kiosk_id = \(kioskID)") }
            try await connection.query("""
                INSERT INTO trust_revoked_pass (issuer, serial) VALUES (\(issuer ?? ""), \(revocation.serial)) ON CONFLICT DO NOTHING
                """, logger: logger)
        }
    }

    private func isGenuine(_ entry: AuditEntry) async throws -> Bool {
        let key = try await first(String.self, "SELECT device_public_key FROM device WHERE kiosk_id = \(entry.kioskID)")
        return AuditArrival.isGenuine(entry, deviceKey: key)
    }

    private func lookupKey() async throws -> Data {
        if let key = try await first(Data.self, "SELECT key FROM audit_key WHERE id = 1") { return key }
        try await connection.query("INSERT INTO audit_key (id, key) VALUES (1, \(AuditLookupKey.newKey())) ON CONFLICT DO NOTHING", logger: logger)
        return try await first(Data.self, "SELECT key FROM audit_key WHERE id = 1") ?? Data()
    }

    private func problem(_ kind: String, entry: AuditEntry) async throws {
        try await connection.query("""
            INSERT INTO audit_problem (kiosk_id, chain_index, kind, received_hash, entry, received_at_ms)
            VALUES (\(entry.kioskID), \(entry.index), \(kind), \(AuditArrival.hex(entry.hash)), \(try AuditArrival.json(entry)), \(now))
            ON CONFLICT DO NOTHING
            """, logger: logger)
    }

    private func storedPIN(_ cnic: String) async throws -> StoredPIN? {
        let rows = try await connection.query("""
            SELECT cnic, district_code, hash, salt, cost, changed_hlc, failed_attempts, locked_until_ms, state_hlc, kiosk_id
            FROM pin_verifier WHERE cnic = \(cnic)
            """, logger: logger)
        for try await (cnic, district, hash, salt, cost, changed, failed, locked, state, kiosk) in rows.decode(
            (String, Int, String?, String?, Int?, String?, Int, Int64?, String, String).self
        ) {
            var verifier: PINVerifierRecord?
            if let hash, let salt, let cost { verifier = PINVerifierRecord(hash: hash, salt: salt, costLog2: cost) }
            return StoredPIN(
                cnic: cnic, districtCode: district, verifier: verifier, changedHLC: changed, failedAttempts: failed, lockedUntilMillis: locked,
                stateHLC: state, kioskID: kiosk
            )
        }
        return nil
    }

    private func first<T: PostgresDecodable & Sendable>(_ type: T.Type, _ query: PostgresQuery) async throws -> T? {
        for try await value in try await connection.query(query, logger: logger).decode(T.self) { return value }
        return nil
    }
}
