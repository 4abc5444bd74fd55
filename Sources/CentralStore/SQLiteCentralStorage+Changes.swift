import Foundation
import GRDB
import SyncProtocol

extension SQLiteCentralStorage {
    /// Change-log rows after the cursor in the request's scopes. SQLite has one writer at a time, so ids
    /// commit in order and a reader never sees a later id before an earlier one.
    public func changes(for request: PullRequest) async throws(CentralStorageError) -> ChangePage {
        let scopes = ChangeScope.visible(to: request)
        let pageSize = ChangeBody.pageSize(request.limit)
        let cursor = request.cursor
        let rows = try await read { db in
            let marks = Array(repeating: "?", count: scopes.count).joined(separator: ", ")
            var arguments: StatementArguments = [cursor]
            arguments += StatementArguments(scopes)
            arguments += [pageSize + 1]
            return try Row.fetchAll(
                db, sql: "SELECT id, kind, body FROM change_log WHERE id > ? AND scope IN (\(marks)) ORDER BY id LIMIT ?",
                arguments: arguments
            ).map { (id: $0["id"] as Int64, kind: $0["kind"] as String, body: $0["body"] as String) }
        }
        var changes: [SyncChange] = []
        for row in rows.prefix(pageSize) {
            changes.append(try ChangeBody.decode(id: row.id, kind: row.kind, body: row.body))
        }
        return ChangePage(changes: changes, nextCursor: changes.last?.id ?? cursor, hasMore: rows.count > pageSize)
    }

    public func advance(tracking: String, to status: String, at instant: Date, hlc: HLCTimestamp) async throws(CentralStorageError) -> CentralApplication {
        let now = instant.millisSince1970
        return try await write { db in
            guard var application = try Self.fetchApplication(db, tracking: tracking) else { throw CentralStorageError.notFound(tracking: tracking) }
            try StatusTransition.check(from: application.status, to: status)
            try db.execute(
                sql: "UPDATE application SET status = ?, status_changed_at_ms = ? WHERE id = ?", arguments: [status, now, application.id])
            application.status = status
            application.statusChangedAtMillis = now
            let change = StatusChange(applicationID: application.id, tracking: application.tracking, status: status, changedAtMillis: now, hlc: hlc)
            try Self.appendChange(db, kind: .applicationStatus, scope: ChangeScope.kiosk(application.kioskID), body: ChangeBody.encode(change))
            return application
        }
    }

    public func upsertCitizens(_ records: [RegistryRecord]) async throws(CentralStorageError) -> Int {
        let records = try RegistryRecordCheck.lastPerCNIC(records)
        return try await write { db in
            var changed = 0
            for var record in records {
                let stored = try Self.fetchCitizen(db, cnic: record.cnic)
                if let stored, !RegistryRecordCheck.contentDiffers(stored, record) { continue }
                record.version = (stored?.version ?? 0) + 1
                try db.execute(
                    sql: """
                        INSERT INTO citizen (cnic, name_latin, name_urdu, guardian_latin, guardian_urdu, guardian_relation, gender,
                            birth_date, district_code, tehsil, address, mobile, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (cnic) DO UPDATE SET name_latin = excluded.name_latin, name_urdu = excluded.name_urdu,
                            guardian_latin = excluded.guardian_latin, guardian_urdu = excluded.guardian_urdu,
                            guardian_relation = excluded.guardian_relation, gender = excluded.gender, birth_date = excluded.birth_date,
                            district_code = excluded.district_code, tehsil = excluded.tehsil, address = excluded.address,
                            mobile = excluded.mobile, version = excluded.version
                        """,
                    arguments: [
                        record.cnic, record.nameLatin, record.nameUrdu, record.guardianLatin, record.guardianUrdu, record.guardianRelation,
                        record.gender, record.birthDate, record.districtCode, record.tehsil, record.address, record.mobile, record.version,
                    ])
                try Self.appendChange(db, kind: .citizen, scope: ChangeScope.district(record.districtCode), body: ChangeBody.encode(record))
                changed += 1
            }
            return changed
        }
    }

    public func addTrustedSigner(_ signer: TrustedSignerRecord) async throws(CentralStorageError) {
        try TrustedSignerCheck.check(signer)
        let body = try ChangeBody.encode(signer)
        try await write { db in
            try db.execute(
                sql: """
                    INSERT INTO trusted_signer (key_id, public_key, label) VALUES (?, ?, ?)
                    ON CONFLICT (key_id) DO UPDATE SET public_key = excluded.public_key, label = excluded.label
                    """,
                arguments: [signer.keyID, signer.publicKey, signer.label])
            try Self.appendChange(db, kind: .trustedSigner, scope: ChangeScope.global, body: body)
        }
    }

    public func removeTrustedSigner(keyID: String) async throws(CentralStorageError) {
        try TrustedSignerCheck.checkKeyID(keyID)
        try await write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT public_key, label FROM trusted_signer WHERE key_id = ?", arguments: [keyID]) else {
                throw CentralStorageError.invalid("no trusted signer has key id \(keyID)")
            }
            let signer = TrustedSignerRecord(keyID: keyID, publicKey: row["public_key"], label: row["label"])
            try db.execute(sql: "DELETE FROM trusted_signer WHERE key_id = ?", arguments: [keyID])
            try Self.appendChange(db, kind: .signerRemoved, scope: ChangeScope.global, body: ChangeBody.encode(signer))
        }
    }

    public func revokePass(serial: Int64, at instant: Date) async throws(CentralStorageError) {
        guard serial >= 1 else { throw .invalid("pass serial \(serial) is below 1") }
        let revocation = PassRevocation(serial: serial, revokedAtMillis: instant.millisSince1970)
        let body = try ChangeBody.encode(revocation)
        try await write { db in
            try db.execute(
                sql: "INSERT INTO revoked_pass (serial, revoked_at_ms) VALUES (?, ?) ON CONFLICT (serial) DO NOTHING",
                arguments: [serial, revocation.revokedAtMillis])
            try Self.appendChange(db, kind: .passRevoked, scope: ChangeScope.global, body: body)
        }
    }

    static func appendChange(_ db: Database, kind: SyncChangeKind, scope: String, body: String) throws {
        try db.execute(sql: "INSERT INTO change_log (kind, scope, body) VALUES (?, ?, ?)", arguments: [kind.rawValue, scope, body])
    }

    static func fetchCitizen(_ db: Database, cnic: String) throws -> RegistryRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM citizen WHERE cnic = ?", arguments: [cnic]).map { row in
            RegistryRecord(
                cnic: row["cnic"], nameLatin: row["name_latin"], nameUrdu: row["name_urdu"], guardianLatin: row["guardian_latin"],
                guardianUrdu: row["guardian_urdu"], guardianRelation: row["guardian_relation"], gender: row["gender"],
                birthDate: row["birth_date"], districtCode: row["district_code"], tehsil: row["tehsil"], address: row["address"],
                mobile: row["mobile"], version: row["version"])
        }
    }
}
