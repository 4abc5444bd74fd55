import Foundation
import Logging
import PostgresNIO
import SyncProtocol

extension PostgresCentralStorage {
    /// Change-log rows after the cursor in the request's scopes. Every appender holds the change-log
    /// advisory lock until it commits, so ids become visible in order and no reader skips one.
    public func changes(for request: PullRequest) async throws(CentralStorageError) -> ChangePage {
        let scopes = ChangeScope.visible(to: request)
        let pageSize = ChangeBody.pageSize(request.limit)
        let cursor = request.cursor
        let logger = self.logger
        let rows = try await run { connection in
            let rows = try await connection.query("""
                SELECT id, kind, body FROM change_log WHERE id > \(cursor) AND scope = ANY(\(scopes)::text[]) ORDER BY id LIMIT \(Int64(pageSize + 1))
                """, logger: logger)
            var found: [(id: Int64, kind: String, body: String)] = []
            for try await (id, kind, body) in rows.decode((Int64, String, String).self) { found.append((id, kind, body)) }
            return found.map { ChangeRow(id: $0.id, kind: $0.kind, body: $0.body) }
        }
        var changes: [SyncChange] = []
        for row in rows.prefix(pageSize) {
            changes.append(try ChangeBody.decode(id: row.id, kind: row.kind, body: row.body))
        }
        return ChangePage(changes: changes, nextCursor: changes.last?.id ?? cursor, hasMore: rows.count > pageSize)
    }

    public func advance(tracking: String, to status: String, at instant: Date, hlc: HLCTimestamp) async throws(CentralStorageError) -> CentralApplication {
        let now = instant.millisSince1970
        let logger = self.logger
        return try await transaction { connection in
            try await Self.lockChangeLog(connection, logger: logger)
            guard var application = try await Self.fetchApplication(connection, logger: logger, tracking: tracking, forUpdate: true) else {
                throw CentralStorageError.notFound(tracking: tracking)
            }
            try StatusTransition.check(from: application.status, to: status)
            try await connection.query(
                "UPDATE application SET status = \(status), status_changed_at_ms = \(now) WHERE id = \(application.id)", logger: logger)
            application.status = status
            application.statusChangedAtMillis = now
            let change = StatusChange(applicationID: application.id, tracking: application.tracking, status: status, changedAtMillis: now, hlc: hlc)
            try await Self.appendChanges(
                connection, logger: logger, kind: .applicationStatus,
                rows: [(ChangeScope.kiosk(application.kioskID), try ChangeBody.encode(change))])
            return application
        }
    }

    public func upsertCitizens(_ records: [RegistryRecord]) async throws(CentralStorageError) -> Int {
        let records = try RegistryRecordCheck.lastPerCNIC(records)
        let logger = self.logger
        return try await transaction { connection in
            try await Self.lockChangeLog(connection, logger: logger)
            var changedCount = 0
            var start = 0
            while start < records.count {
                let chunk = Array(records[start..<min(records.count, start + 5_000)])
                start += chunk.count
                let stored = try await Self.fetchCitizens(connection, logger: logger, cnics: chunk.map(\.cnic))
                var changed: [RegistryRecord] = []
                for var record in chunk {
                    let old = stored[record.cnic]
                    if let old, !RegistryRecordCheck.contentDiffers(old, record) { continue }
                    record.version = (old?.version ?? 0) + 1
                    changed.append(record)
                }
                guard !changed.isEmpty else { continue }
                try await Self.storeCitizens(connection, logger: logger, changed)
                var bodies: [(String, String)] = []
                for record in changed { bodies.append((ChangeScope.district(record.districtCode), try ChangeBody.encode(record))) }
                try await Self.appendChanges(connection, logger: logger, kind: .citizen, rows: bodies)
                changedCount += changed.count
            }
            return changedCount
        }
    }

    public func addTrustedSigner(_ signer: TrustedSignerRecord) async throws(CentralStorageError) {
        try TrustedSignerCheck.check(signer)
        let body = try ChangeBody.encode(signer)
        let logger = self.logger
        try await transaction { connection in
            try await Self.lockChangeLog(connection, logger: logger)
            try await connection.query("""
                INSERT INTO trusted_signer (key_id, public_key, label) VALUES (\(signer.keyID), \(signer.publicKey), \(signer.label))
                ON CONFLICT (key_id) DO UPDATE SET public_key = excluded.public_key, label = excluded.label
                """, logger: logger)
            try await Self.appendChanges(connection, logger: logger, kind: .trustedSigner, rows: [(ChangeScope.global, body)])
        }
    }

    public func removeTrustedSigner(keyID: String) async throws(CentralStorageError) {
        try TrustedSignerCheck.checkKeyID(keyID)
        let logger = self.logger
        try await transaction { connection in
            try await Self.lockChangeLog(connection, logger: logger)
            let rows = try await connection.query(
                "DELETE FROM trusted_signer WHERE key_id = \(keyID) RETURNING public_key, label", logger: logger)
            var removed: TrustedSignerRecord?
            for try await (publicKey, label) in rows.decode((String, String).self) {
                removed = TrustedSignerRecord(keyID: keyID, publicKey: publicKey, label: label)
            }
            guard let removed else { throw CentralStorageError.invalid("no trusted signer has key id \(keyID)") }
            try await Self.appendChanges(connection, logger: logger, kind: .signerRemoved, rows: [(ChangeScope.global, try ChangeBody.encode(removed))])
        }
    }

    public func revokePass(serial: Int64, at instant: Date) async throws(CentralStorageError) {
        guard serial >= 1 else { throw .invalid("pass serial \(serial) is below 1") }
        let revocation = PassRevocation(serial: serial, revokedAtMillis: instant.millisSince1970)
        let body = try ChangeBody.encode(revocation)
        let logger = self.logger
        try await transaction { connection in
            try await Self.lockChangeLog(connection, logger: logger)
            try await connection.query(
                "INSERT INTO revoked_pass (serial, revoked_at_ms) VALUES (\(serial), \(revocation.revokedAtMillis)) ON CONFLICT (serial) DO NOTHING",
                logger: logger)
            try await Self.appendChanges(connection, logger: logger, kind: .passRevoked, rows: [(ChangeScope.global, body)])
        }
    }

    /// Appends change rows in the given order. The caller holds the change-log lock (`lockChangeLog`).
    static func appendChanges(_ connection: PostgresConnection, logger: Logger, kind: SyncChangeKind, rows: [(scope: String, body: String)]) async throws {
        try await connection.query("""
            INSERT INTO change_log (kind, scope, body)
            SELECT \(kind.rawValue), scope, body FROM unnest(\(rows.map(\.scope))::text[], \(rows.map(\.body))::text[])
                WITH ORDINALITY AS u(scope, body, n)
            ORDER BY n
            """, logger: logger)
    }

    private static func fetchCitizens(_ connection: PostgresConnection, logger: Logger, cnics: [String]) async throws -> [String: RegistryRecord] {
        let rows = try await connection.query("""
            SELECT cnic, name_latin, name_urdu, guardian_latin, guardian_urdu, guardian_relation, gender, birth_date, district_code,
                tehsil, address, mobile, version
            FROM citizen WHERE cnic = ANY(\(cnics)::text[])
            """, logger: logger)
        var found: [String: RegistryRecord] = [:]
        for try await row in rows {
            let (cnic, nameLatin, nameUrdu, guardianLatin, guardianUrdu, relation, gender, birthDate, district, tehsil, address, mobile, version) =
                try row.decode((String, String, String, String, String, String, String, String, Int, String, String, String, Int64).self)
            found[cnic] = RegistryRecord(
                cnic: cnic, nameLatin: nameLatin, nameUrdu: nameUrdu, guardianLatin: guardianLatin, guardianUrdu: guardianUrdu,
                guardianRelation: relation, gender: gender, birthDate: birthDate, districtCode: district, tehsil: tehsil,
                address: address, mobile: mobile, version: version)
        }
        return found
    }

    private static func storeCitizens(_ connection: PostgresConnection, logger: Logger, _ records: [RegistryRecord]) async throws {
        try await connection.query("""
            INSERT INTO citizen (cnic, name_latin, name_urdu, guardian_latin, guardian_urdu, guardian_relation, gender, birth_date,
                district_code, tehsil, address, mobile, version)
            SELECT * FROM unnest(\(records.map(\.cnic))::text[], \(records.map(\.nameLatin))::text[], \(records.map(\.nameUrdu))::text[],
                \(records.map(\.guardianLatin))::text[], \(records.map(\.guardianUrdu))::text[], \(records.map(\.guardianRelation))::text[],
                \(records.map(\.gender))::text[], \(records.map(\.birthDate))::text[], \(records.map { Int64($0.districtCode) })::bigint[],
                \(records.map(\.tehsil))::text[], \(records.map(\.address))::text[], \(records.map(\.mobile))::text[],
                \(records.map(\.version))::bigint[])
            ON CONFLICT (cnic) DO UPDATE SET name_latin = excluded.name_latin, name_urdu = excluded.name_urdu,
                guardian_latin = excluded.guardian_latin, guardian_urdu = excluded.guardian_urdu,
                guardian_relation = excluded.guardian_relation, gender = excluded.gender, birth_date = excluded.birth_date,
                district_code = excluded.district_code, tehsil = excluded.tehsil, address = excluded.address,
                mobile = excluded.mobile, version = excluded.version
            """, logger: logger)
    }
}

/// One change-log row as read, before its body is parsed.
struct ChangeRow: Sendable {
    let id: Int64
    let kind: String
    let body: String
}
