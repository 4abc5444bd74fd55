import Foundation
import GRDB
import SyncProtocol

extension SQLiteCentralStorage {
    /// One write transaction per push: each operation inserted with `ON CONFLICT DO NOTHING` (the unique
    /// constraints decide), its application filed alongside, the kiosk row and its gaps updated.
    public func ingest(_ request: PushRequest, receivedAt: Date) async throws(CentralStorageError) -> IngestResult {
        let now = receivedAt.millisSince1970
        let verdicts = request.operations.map { OperationCheck.check($0, batchKioskID: request.kioskID) }
        let kioskID = request.kioskID
        let result = try await write { db in
            var acknowledgements: [OperationAcknowledgement] = []
            var newestAcceptedWall: Int64?
            for (operation, verdict) in zip(request.operations, verdicts) {
                let acknowledgement = try Self.store(operation, verdict: verdict, now: now, db: db)
                if acknowledgement.outcome == .accepted {
                    newestAcceptedWall = max(newestAcceptedWall ?? .min, operation.hlc.wallMillis)
                }
                acknowledgements.append(acknowledgement)
            }
            try Self.touchKiosk(kioskID, now: now, newestAcceptedWall: newestAcceptedWall, db: db)
            let (highest, stored, gaps) = try Self.gaps(of: kioskID, db: db)
            return IngestResult(
                acknowledgements: acknowledgements, gaps: gaps, highestSequence: highest, missing: highest - stored,
                lagMillis: newestAcceptedWall.map { now - $0 }
            )
        }
        let counts = Dictionary(grouping: result.acknowledgements, by: \.outcome).mapValues(\.count)
        if (counts[.conflict] ?? 0) + (counts[.rejected] ?? 0) > 0 {
            logger.notice("push with conflicts or rejections", metadata: [
                "kiosk": "\(kioskID)", "conflicts": "\(counts[.conflict] ?? 0)", "rejected": "\(counts[.rejected] ?? 0)",
            ])
        }
        return result
    }

    private static func store(_ operation: PushOperation, verdict: OperationVerdict, now: Int64, db: Database) throws -> OperationAcknowledgement {
        let checked: CheckedOperation
        switch verdict {
        case .rejected(let reason):
            return OperationAcknowledgement(opID: operation.opID, sequence: operation.sequence, outcome: .rejected, receivedAtMillis: now, reason: reason)
        case .credential(let credential):
            return try storeCredential(credential, now: now, db: db)
        case .valid(let valid):
            checked = valid
        }
        try db.execute(
            sql: """
                INSERT INTO operation (op_id, kiosk_id, sequence, hlc, kind, entity_id, payload, payload_sha256, received_at_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """,
            arguments: [
                operation.opID, operation.kioskID, operation.sequence, operation.hlc.text, operation.kind, operation.entityID,
                operation.payload, operation.payloadSHA256, now,
            ])
        if db.changesCount == 1 {
            let submission = checked.submission
            try db.execute(
                sql: """
                    INSERT INTO application (id, tracking, kiosk_id, sequence, service_id, service_version, cnic, answers, fee,
                        payment_reference, status, submitted_at, received_at_ms, status_changed_at_ms)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?) ON CONFLICT DO NOTHING
                    """,
                arguments: [
                    submission.id, submission.tracking, submission.kioskID, submission.sequence, submission.serviceID,
                    submission.serviceVersion, submission.cnic, checked.answersJSON, submission.fee, submission.paymentReference,
                    submission.submittedAt, now, now,
                ])
            if db.changesCount == 1 {
                return OperationAcknowledgement(opID: operation.opID, sequence: operation.sequence, outcome: .accepted, receivedAtMillis: now)
            }
            // The application (id or tracking) is already filed by another operation: take this one back out.
            try db.execute(sql: "DELETE FROM operation WHERE op_id = ?", arguments: [operation.opID])
            let stored = try String.fetchOne(
                db, sql: "SELECT o.payload_sha256 FROM application a JOIN operation o ON o.kiosk_id = a.kiosk_id AND o.sequence = a.sequence WHERE a.id = ? OR a.tracking = ? LIMIT 1",
                arguments: [submission.id, submission.tracking]) ?? ""
            return try conflict(operation, storedSHA256: stored, reason: IngestReasons.applicationTaken(applicationID: submission.id), now: now, db: db)
        }
        if let row = try Row.fetchOne(
            db, sql: "SELECT payload_sha256, received_at_ms FROM operation WHERE op_id = ?", arguments: [operation.opID]) {
            let storedSHA256: String = row["payload_sha256"]
            if storedSHA256 == operation.payloadSHA256 {
                return OperationAcknowledgement(
                    opID: operation.opID, sequence: operation.sequence, outcome: .duplicate, receivedAtMillis: row["received_at_ms"])
            }
            return try conflict(operation, storedSHA256: storedSHA256, reason: IngestReasons.otherContent(opID: operation.opID), now: now, db: db)
        }
        let stored = try String.fetchOne(
            db, sql: "SELECT payload_sha256 FROM operation WHERE kiosk_id = ? AND sequence = ?",
            arguments: [operation.kioskID, operation.sequence]) ?? ""
        return try conflict(
            operation, storedSHA256: stored, reason: IngestReasons.sequenceTaken(sequence: operation.sequence, kioskID: operation.kioskID),
            now: now, db: db)
    }

    /// An `operator.credential`: refused unless the operator is active and of the approved kiosk's centre;
    /// stored once (the unique constraints decide); the verifier replaces the held one only when newer.
    private static func storeCredential(_ checked: CheckedCredential, now: Int64, db: Database) throws -> OperationAcknowledgement {
        let operation = checked.operation
        let account = try fetchOperator(db, id: checked.payload.operatorID)
        let device = try Row.fetchOne(db, sql: "SELECT status, centre FROM device WHERE kiosk_id = ?", arguments: [operation.kioskID]).map { row in
            DeviceRecord(
                kioskID: operation.kioskID, devicePublicKey: "", issuerPublicKey: "", centre: row["centre"], districts: [],
                status: DeviceStatus(rawValue: row["status"]) ?? .revoked, code: "", requestedAtMillis: 0, decidedAtMillis: nil)
        }
        if let reason = OperatorCredentialCheck.refusal(checked, account: account, device: device) {
            return OperationAcknowledgement(opID: operation.opID, sequence: operation.sequence, outcome: .rejected, receivedAtMillis: now, reason: reason)
        }
        try db.execute(
            sql: """
                INSERT INTO operation (op_id, kiosk_id, sequence, hlc, kind, entity_id, payload, payload_sha256, received_at_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """,
            arguments: [
                operation.opID, operation.kioskID, operation.sequence, operation.hlc.text, operation.kind, operation.entityID,
                operation.payload, operation.payloadSHA256, now,
            ])
        if db.changesCount == 1 {
            if var account, checked.credential.isNewer(than: account.credential) {
                account.credential = checked.credential
                account.updatedAtMillis = now
                try save(db, account)
            }
            return OperationAcknowledgement(opID: operation.opID, sequence: operation.sequence, outcome: .accepted, receivedAtMillis: now)
        }
        if let row = try Row.fetchOne(db, sql: "SELECT payload_sha256, received_at_ms FROM operation WHERE op_id = ?", arguments: [operation.opID]) {
            let storedSHA256: String = row["payload_sha256"]
            if storedSHA256 == operation.payloadSHA256 {
                return OperationAcknowledgement(opID: operation.opID, sequence: operation.sequence, outcome: .duplicate, receivedAtMillis: row["received_at_ms"])
            }
            return try conflict(operation, storedSHA256: storedSHA256, reason: IngestReasons.otherContent(opID: operation.opID), now: now, db: db)
        }
        let stored = try String.fetchOne(
            db, sql: "SELECT payload_sha256 FROM operation WHERE kiosk_id = ? AND sequence = ?", arguments: [operation.kioskID, operation.sequence]) ?? ""
        return try conflict(
            operation, storedSHA256: stored, reason: IngestReasons.sequenceTaken(sequence: operation.sequence, kioskID: operation.kioskID), now: now, db: db)
    }

    private static func conflict(
        _ operation: PushOperation, storedSHA256: String, reason: String, now: Int64, db: Database
    ) throws -> OperationAcknowledgement {
        try db.execute(
            sql: """
                INSERT INTO conflict (op_id, kiosk_id, sequence, stored_sha256, received_sha256, received_at_ms, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [operation.opID, operation.kioskID, operation.sequence, storedSHA256, operation.payloadSHA256, now, reason])
        return OperationAcknowledgement(opID: operation.opID, sequence: operation.sequence, outcome: .conflict, receivedAtMillis: now, reason: reason)
    }

    private static func touchKiosk(_ kioskID: String, now: Int64, newestAcceptedWall: Int64?, db: Database) throws {
        if let wall = newestAcceptedWall {
            try db.execute(
                sql: """
                    INSERT INTO kiosk (kiosk_id, last_seen_ms, lag_ms) VALUES (?, ?, ?)
                    ON CONFLICT (kiosk_id) DO UPDATE SET last_seen_ms = excluded.last_seen_ms, lag_ms = excluded.lag_ms
                    """,
                arguments: [kioskID, now, now - wall])
        } else {
            try db.execute(
                sql: """
                    INSERT INTO kiosk (kiosk_id, last_seen_ms, lag_ms) VALUES (?, ?, 0)
                    ON CONFLICT (kiosk_id) DO UPDATE SET last_seen_ms = excluded.last_seen_ms
                    """,
                arguments: [kioskID, now])
        }
    }

    /// The kiosk's highest stored sequence, how many it holds, and (at most 20) ranges missing below it.
    static func gaps(of kioskID: String, db: Database) throws -> (highest: Int64, stored: Int64, gaps: [SequenceGap]) {
        let row = try Row.fetchOne(
            db, sql: "SELECT COUNT(*) AS n, COALESCE(MAX(sequence), 0) AS highest FROM operation WHERE kiosk_id = ?", arguments: [kioskID])
        let count: Int64 = row?["n"] ?? 0
        let highest: Int64 = row?["highest"] ?? 0
        guard count < highest else { return (highest, count, []) }
        let rows = try Row.fetchAll(db, sql: SQLText.gaps, arguments: [kioskID])
        return (highest, count, rows.map { SequenceGap(first: $0[0], last: $0[1]) })
    }
}
