import Foundation
import Logging
import PostgresNIO
import SyncProtocol

extension PostgresCentralStorage {
    /// One transaction per push, a handful of statements whatever its size: the operations go in with one
    /// multi-row `INSERT … SELECT FROM unnest(…) ON CONFLICT DO NOTHING RETURNING op_id` (the unique
    /// constraints decide), their applications with another, then the ones not inserted are looked up
    /// together to tell duplicates from conflicts.
    public func ingest(_ request: PushRequest, receivedAt: Date) async throws(CentralStorageError) -> IngestResult {
        let now = receivedAt.millisSince1970
        let verdicts = request.operations.map { OperationCheck.check($0, batchKioskID: request.kioskID) }
        let logger = self.logger
        let result = try await transaction { connection in
            try await PostgresIngest(connection: connection, logger: logger, kioskID: request.kioskID, now: now)
                .run(request.operations, verdicts: verdicts)
        }
        let counts = Dictionary(grouping: result.acknowledgements, by: \.outcome).mapValues(\.count)
        if (counts[.conflict] ?? 0) + (counts[.rejected] ?? 0) > 0 {
            logger.notice("push with conflicts or rejections", metadata: [
                "kiosk": "\(request.kioskID)", "conflicts": "\(counts[.conflict] ?? 0)", "rejected": "\(counts[.rejected] ?? 0)",
            ])
        }
        return result
    }
}

/// The statements of one push on PostgreSQL, inside the transaction the caller opened.
struct PostgresIngest {
    let connection: PostgresConnection
    let logger: Logger
    let kioskID: String
    let now: Int64

    func run(_ operations: [PushOperation], verdicts: [OperationVerdict]) async throws -> IngestResult {
        var outcomes = [OperationAcknowledgement?](repeating: nil, count: operations.count)
        var candidates: [(index: Int, checked: CheckedOperation)] = []
        var credentials: [(index: Int, checked: CheckedCredential)] = []
        for (index, verdict) in verdicts.enumerated() {
            let operation = operations[index]
            switch verdict {
            case .rejected(let reason):
                outcomes[index] = OperationAcknowledgement(
                    opID: operation.opID, sequence: operation.sequence, outcome: .rejected, receivedAtMillis: now, reason: reason)
            case .valid(let checked):
                candidates.append((index, checked))
            case .credential(let checked):
                credentials.append((index, checked))
            }
        }
        var conflicts: [(index: Int, storedSHA256: String, reason: String)] = []
        var newestAcceptedWall: Int64?
        if !candidates.isEmpty {
            let (inserted, filed) = try await insertAndFile(candidates.map(\.checked))
            // An op id inserted by this statement counts once: a second copy in the same batch is looked up below.
            var claimedOps: Set<String> = []
            var claimedApplications: Set<String> = []
            var notInserted: [(index: Int, checked: CheckedOperation)] = []
            var unfiled: [(index: Int, checked: CheckedOperation)] = []
            for candidate in candidates {
                let operation = candidate.checked.operation
                guard inserted.contains(operation.opID), claimedOps.insert(operation.opID).inserted else {
                    notInserted.append(candidate)
                    continue
                }
                if filed.contains(candidate.checked.submission.id), claimedApplications.insert(candidate.checked.submission.id).inserted {
                    outcomes[candidate.index] = OperationAcknowledgement(
                        opID: operation.opID, sequence: operation.sequence, outcome: .accepted, receivedAtMillis: now)
                    newestAcceptedWall = max(newestAcceptedWall ?? .min, operation.hlc.wallMillis)
                } else {
                    unfiled.append(candidate)
                }
            }
            if !unfiled.isEmpty {
                try await connection.query("DELETE FROM operation WHERE op_id = ANY(\(unfiled.map(\.checked.operation.opID))::text[])", logger: logger)
                for candidate in unfiled {
                    let stored = try await storedHash(ofApplication: candidate.checked.submission)
                    conflicts.append((candidate.index, stored, IngestReasons.applicationTaken(applicationID: candidate.checked.submission.id)))
                }
            }
            if !notInserted.isEmpty {
                let byOpID = try await storedOperations(opIDs: notInserted.map(\.checked.operation.opID))
                var sequenceTaken: [(index: Int, checked: CheckedOperation)] = []
                for candidate in notInserted {
                    let operation = candidate.checked.operation
                    if let stored = byOpID[operation.opID] {
                        if stored.sha256 == operation.payloadSHA256 {
                            outcomes[candidate.index] = OperationAcknowledgement(
                                opID: operation.opID, sequence: operation.sequence, outcome: .duplicate, receivedAtMillis: stored.receivedAt)
                        } else {
                            conflicts.append((candidate.index, stored.sha256, IngestReasons.otherContent(opID: operation.opID)))
                        }
                    } else {
                        sequenceTaken.append(candidate)
                    }
                }
                if !sequenceTaken.isEmpty {
                    let bySequence = try await storedHashes(sequences: sequenceTaken.map(\.checked.operation.sequence))
                    for candidate in sequenceTaken {
                        let operation = candidate.checked.operation
                        conflicts.append((
                            candidate.index, bySequence[operation.sequence] ?? "",
                            IngestReasons.sequenceTaken(sequence: operation.sequence, kioskID: operation.kioskID)
                        ))
                    }
                }
            }
        }
        for credential in credentials {
            let operation = credential.checked.operation
            switch try await storeCredential(credential.checked) {
            case .acknowledged(let acknowledgement):
                outcomes[credential.index] = acknowledgement
                if acknowledgement.outcome == .accepted { newestAcceptedWall = max(newestAcceptedWall ?? .min, operation.hlc.wallMillis) }
            case .conflict(let storedSHA256, let reason):
                conflicts.append((credential.index, storedSHA256, reason))
            }
        }
        if !conflicts.isEmpty {
            conflicts.sort { $0.index < $1.index }
            try await recordConflicts(conflicts.map { (operations[$0.index], $0.storedSHA256, $0.reason) })
            for conflict in conflicts {
                let operation = operations[conflict.index]
                outcomes[conflict.index] = OperationAcknowledgement(
                    opID: operation.opID, sequence: operation.sequence, outcome: .conflict, receivedAtMillis: now, reason: conflict.reason)
            }
        }
        try await touchKiosk(newestAcceptedWall: newestAcceptedWall)
        let (highest, stored, gaps) = try await gaps()
        return IngestResult(
            acknowledgements: outcomes.compactMap { $0 }, gaps: gaps, highestSequence: highest, missing: highest - stored,
            lagMillis: newestAcceptedWall.map { now - $0 }
        )
    }

    /// ONE statement for the whole batch: the operations go in (`ON CONFLICT DO NOTHING`), and the
    /// applications of exactly the operations inserted are filed with status `received` (`ON CONFLICT DO
    /// NOTHING`: an application id or tracking number already filed is not filed again). Returns the op
    /// ids inserted and the application ids filed.
    private func insertAndFile(_ checked: [CheckedOperation]) async throws -> (inserted: Set<String>, filed: Set<String>) {
        let operations = checked.map(\.operation)
        let submissions = checked.map(\.submission)
        let rows = try await connection.query("""
            WITH inserted AS (
                INSERT INTO operation (op_id, kiosk_id, sequence, hlc, kind, entity_id, payload, payload_sha256, received_at_ms)
                SELECT op_id, kiosk_id, sequence, hlc, kind, entity_id, payload, payload_sha256, \(now)::bigint
                FROM unnest(\(operations.map(\.opID))::text[], \(operations.map(\.kioskID))::text[], \(operations.map(\.sequence))::bigint[],
                    \(operations.map(\.hlc.text))::text[], \(operations.map(\.kind))::text[], \(operations.map(\.entityID))::text[],
                    \(operations.map(\.payload))::text[], \(operations.map(\.payloadSHA256))::text[])
                    AS u(op_id, kiosk_id, sequence, hlc, kind, entity_id, payload, payload_sha256)
                ON CONFLICT DO NOTHING
                RETURNING op_id
            ), filed AS (
                INSERT INTO application (id, tracking, kiosk_id, sequence, service_id, service_version, cnic, answers, fee,
                    payment_reference, status, submitted_at, received_at_ms, status_changed_at_ms)
                SELECT id, tracking, kiosk_id, sequence, service_id, service_version, cnic, answers, fee, payment_reference, 'received',
                    submitted_at, \(now)::bigint, \(now)::bigint
                FROM unnest(\(operations.map(\.opID))::text[], \(submissions.map(\.id))::text[], \(submissions.map(\.tracking))::text[],
                    \(submissions.map(\.kioskID))::text[], \(submissions.map(\.sequence))::bigint[], \(submissions.map(\.serviceID))::text[],
                    \(submissions.map { Int64($0.serviceVersion) })::bigint[], \(submissions.map(\.cnic))::text[],
                    \(checked.map(\.answersJSON))::text[], \(submissions.map { Int64($0.fee) })::bigint[],
                    \(submissions.map(\.paymentReference))::text[], \(submissions.map(\.submittedAt))::text[])
                    AS a(op_id, id, tracking, kiosk_id, sequence, service_id, service_version, cnic, answers, fee, payment_reference, submitted_at)
                WHERE a.op_id IN (SELECT op_id FROM inserted)
                ON CONFLICT DO NOTHING
                RETURNING id
            )
            SELECT COALESCE((SELECT array_agg(op_id) FROM inserted), '{}'::text[]), COALESCE((SELECT array_agg(id) FROM filed), '{}'::text[])
            """, logger: logger)
        var inserted: Set<String> = []
        var filed: Set<String> = []
        for try await (opIDs, applicationIDs) in rows.decode(([String], [String]).self) {
            inserted = Set(opIDs)
            filed = Set(applicationIDs)
        }
        return (inserted, filed)
    }

    private enum CredentialOutcome {
        case acknowledged(OperationAcknowledgement)
        case conflict(storedSHA256: String, reason: String)
    }

    /// An `operator.credential` (rare: one statement or three each): refused unless the operator is active and
    /// of the approved kiosk's centre; stored once; the verifier replaces the held one only when newer.
    private func storeCredential(_ checked: CheckedCredential) async throws -> CredentialOutcome {
        let operation = checked.operation
        let account = try await PostgresCentralStorage.fetchOperator(connection, id: checked.payload.operatorID, logger: logger, forUpdate: true)
        var device: DeviceRecord?
        for try await (status, centre) in try await connection.query(
            "SELECT status, centre FROM device WHERE kiosk_id = \(operation.kioskID)", logger: logger).decode((String, String).self) {
            device = DeviceRecord(
                kioskID: operation.kioskID, devicePublicKey: "", issuerPublicKey: "", centre: centre, districts: [],
                status: DeviceStatus(rawValue: status) ?? .revoked, code: "", requestedAtMillis: 0, decidedAtMillis: nil)
        }
        if let reason = OperatorCredentialCheck.refusal(checked, account: account, device: device) {
            return .acknowledged(OperationAcknowledgement(
                opID: operation.opID, sequence: operation.sequence, outcome: .rejected, receivedAtMillis: now, reason: reason))
        }
        var inserted = false
        for try await _ in try await connection.query("""
            INSERT INTO operation (op_id, kiosk_id, sequence, hlc, kind, entity_id, payload, payload_sha256, received_at_ms)
            VALUES (\(operation.opID), \(operation.kioskID), \(operation.sequence), \(operation.hlc.text), \(operation.kind), \(operation.entityID),
                \(operation.payload), \(operation.payloadSHA256), \(now))
            ON CONFLICT DO NOTHING RETURNING op_id
            """, logger: logger).decode(String.self) {
            inserted = true
        }
        if inserted {
            if var account, checked.credential.isNewer(than: account.credential) {
                account.credential = checked.credential
                account.updatedAtMillis = now
                try await PostgresCentralStorage.save(connection, account, logger: logger)
            }
            return .acknowledged(OperationAcknowledgement(opID: operation.opID, sequence: operation.sequence, outcome: .accepted, receivedAtMillis: now))
        }
        if let stored = try await storedOperations(opIDs: [operation.opID])[operation.opID] {
            if stored.sha256 == operation.payloadSHA256 {
                return .acknowledged(OperationAcknowledgement(
                    opID: operation.opID, sequence: operation.sequence, outcome: .duplicate, receivedAtMillis: stored.receivedAt))
            }
            return .conflict(storedSHA256: stored.sha256, reason: IngestReasons.otherContent(opID: operation.opID))
        }
        let bySequence = try await storedHashes(sequences: [operation.sequence])
        return .conflict(
            storedSHA256: bySequence[operation.sequence] ?? "", reason: IngestReasons.sequenceTaken(sequence: operation.sequence, kioskID: operation.kioskID))
    }

    private func storedOperations(opIDs: [String]) async throws -> [String: (sha256: String, receivedAt: Int64)] {
        let rows = try await connection.query(
            "SELECT op_id, payload_sha256, received_at_ms FROM operation WHERE op_id = ANY(\(opIDs)::text[])", logger: logger)
        var stored: [String: (sha256: String, receivedAt: Int64)] = [:]
        for try await (opID, sha256, receivedAt) in rows.decode((String, String, Int64).self) {
            stored[opID] = (sha256, receivedAt)
        }
        return stored
    }

    private func storedHashes(sequences: [Int64]) async throws -> [Int64: String] {
        let rows = try await connection.query(
            "SELECT sequence, payload_sha256 FROM operation WHERE kiosk_id = \(kioskID) AND sequence = ANY(\(sequences)::bigint[])", logger: logger)
        var stored: [Int64: String] = [:]
        for try await (sequence, sha256) in rows.decode((Int64, String).self) { stored[sequence] = sha256 }
        return stored
    }

    private func storedHash(ofApplication submission: ApplicationSubmission) async throws -> String {
        let rows = try await connection.query("""
            SELECT o.payload_sha256 FROM application a JOIN operation o ON o.kiosk_id = a.kiosk_id AND o.sequence = a.sequence
            WHERE a.id = \(submission.id) OR a.tracking = \(submission.tracking) LIMIT 1
            """, logger: logger)
        for try await sha256 in rows.decode(String.self) { return sha256 }
        return ""
    }

    private func recordConflicts(_ conflicts: [(operation: PushOperation, storedSHA256: String, reason: String)]) async throws {
        try await connection.query("""
            INSERT INTO conflict (op_id, kiosk_id, sequence, stored_sha256, received_sha256, received_at_ms, reason)
            SELECT op_id, kiosk_id, sequence, stored_sha256, received_sha256, \(now)::bigint, reason
            FROM unnest(\(conflicts.map(\.operation.opID))::text[], \(conflicts.map(\.operation.kioskID))::text[],
                \(conflicts.map(\.operation.sequence))::bigint[], \(conflicts.map(\.storedSHA256))::text[],
                \(conflicts.map(\.operation.payloadSHA256))::text[], \(conflicts.map(\.reason))::text[])
                WITH ORDINALITY AS u(op_id, kiosk_id, sequence, stored_sha256, received_sha256, reason, n)
            ORDER BY n
            """, logger: logger)
    }

    private func touchKiosk(newestAcceptedWall: Int64?) async throws {
        if let wall = newestAcceptedWall {
            try await connection.query("""
                INSERT INTO kiosk (kiosk_id, last_seen_ms, lag_ms) VALUES (\(kioskID), \(now), \(now - wall))
                ON CONFLICT (kiosk_id) DO UPDATE SET last_seen_ms = excluded.last_seen_ms, lag_ms = excluded.lag_ms
                """, logger: logger)
        } else {
            try await connection.query("""
                INSERT INTO kiosk (kiosk_id, last_seen_ms, lag_ms) VALUES (\(kioskID), \(now), 0)
                ON CONFLICT (kiosk_id) DO UPDATE SET last_seen_ms = excluded.last_seen_ms
                """, logger: logger)
        }
    }

    private func gaps() async throws -> (highest: Int64, stored: Int64, gaps: [SequenceGap]) {
        var count: Int64 = 0
        var highest: Int64 = 0
        let totals = try await connection.query(
            "SELECT COUNT(*)::bigint, COALESCE(MAX(sequence), 0)::bigint FROM operation WHERE kiosk_id = \(kioskID)", logger: logger)
        for try await (stored, top) in totals.decode((Int64, Int64).self) {
            count = stored
            highest = top
        }
        guard count < highest else { return (highest, count, []) }
        let rows = try await connection.query("""
            SELECT prev + 1, sequence - 1 FROM (
                SELECT sequence, LAG(sequence, 1, 0::bigint) OVER (ORDER BY sequence) AS prev FROM operation WHERE kiosk_id = \(kioskID)
            ) AS s WHERE sequence - prev > 1 ORDER BY sequence LIMIT 20
            """, logger: logger)
        var gaps: [SequenceGap] = []
        for try await (first, last) in rows.decode((Int64, Int64).self) { gaps.append(SequenceGap(first: first, last: last)) }
        return (highest, count, gaps)
    }
}
