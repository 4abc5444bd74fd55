import Foundation
import GRDB
import ProvincialTrust

extension SQLiteCentralStorage {
    public func addOperator(_ record: OperatorRecord) async throws(CentralStorageError) {
        try OperatorRules.check(record)
        try await write { db in
            guard try Self.fetchOperator(db, id: record.id) == nil else {
                throw CentralStorageError.invalid("operator \(record.id) already exists; disable it or choose another id")
            }
            try Self.save(db, record)
        }
    }

    public func operatorAccount(id: String) async throws(CentralStorageError) -> OperatorRecord? {
        try await read { db in try Self.fetchOperator(db, id: id) }
    }

    public func operatorAccounts() async throws(CentralStorageError) -> [OperatorRecord] {
        try await read { db in try Row.fetchAll(db, sql: "SELECT * FROM operator_account ORDER BY operator_id").map(Self.operatorRecord) }
    }

    public func setOperatorStatus(id: String, status: String, at instant: Date) async throws(CentralStorageError) -> OperatorRecord {
        guard OperatorRules.statuses.contains(status) else { throw .invalid("the status must be active or disabled") }
        return try await write { db in
            guard var record = try Self.fetchOperator(db, id: id) else { throw CentralStorageError.invalid("no operator \(id)") }
            record.status = status
            record.updatedAtMillis = instant.millisSince1970
            try Self.save(db, record)
            return record
        }
    }

    public func replaceOperatorCredential(id: String, credential: BundleOperatorCredential, at instant: Date) async throws(CentralStorageError) -> OperatorRecord {
        try OperatorRules.checkCredential(credential)
        return try await write { db in
            guard var record = try Self.fetchOperator(db, id: id) else { throw CentralStorageError.invalid("no operator \(id)") }
            guard credential.isNewer(than: record.credential) else {
                throw CentralStorageError.invalid("operator \(id) already holds credential version \(record.credential.version); a new one must be newer")
            }
            record.credential = credential
            record.updatedAtMillis = instant.millisSince1970
            try Self.save(db, record)
            return record
        }
    }

    static func fetchOperator(_ db: Database, id: String) throws -> OperatorRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM operator_account WHERE operator_id = ?", arguments: [id]).map(operatorRecord)
    }

    static func save(_ db: Database, _ record: OperatorRecord) throws {
        let credential = record.credential
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO operator_account (operator_id, name, role, centre, status, credential_kind, credential_hash,
                    credential_salt, credential_cost, credential_version, credential_set_at_ms, credential_set_by, created_at_ms, updated_at_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                record.id, record.name, record.role, record.centre, record.status, credential.kind, credential.hash, credential.salt,
                credential.costLog2, credential.version, credential.setAt.millisSince1970, credential.setBy, record.createdAtMillis,
                record.updatedAtMillis,
            ])
    }

    private static func operatorRecord(_ row: Row) -> OperatorRecord {
        OperatorRecord(
            id: row["operator_id"], name: row["name"], role: row["role"], centre: row["centre"], status: row["status"],
            credential: BundleOperatorCredential(
                kind: row["credential_kind"], hash: row["credential_hash"], salt: row["credential_salt"], costLog2: row["credential_cost"],
                version: row["credential_version"], setAt: Date(millis: row["credential_set_at_ms"]), setBy: row["credential_set_by"]),
            createdAtMillis: row["created_at_ms"], updatedAtMillis: row["updated_at_ms"])
    }
}
