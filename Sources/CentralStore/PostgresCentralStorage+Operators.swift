import Foundation
import Logging
import PostgresNIO
import ProvincialTrust

extension PostgresCentralStorage {
    public func addOperator(_ record: OperatorRecord) async throws(CentralStorageError) {
        try OperatorRules.check(record)
        let logger = self.logger
        try await transaction { connection in
            guard try await Self.fetchOperator(connection, id: record.id, logger: logger, forUpdate: true) == nil else {
                throw CentralStorageError.invalid("operator \(record.id) already exists; disable it or choose another id")
            }
            try await Self.save(connection, record, logger: logger)
        }
    }

    public func operatorAccount(id: String) async throws(CentralStorageError) -> OperatorRecord? {
        let logger = self.logger
        return try await run { connection in try await Self.fetchOperator(connection, id: id, logger: logger) }
    }

    public func operatorAccounts() async throws(CentralStorageError) -> [OperatorRecord] {
        let logger = self.logger
        return try await run { connection in
            try await Self.collectOperators(try await connection.query("\(unescaped: Self.operatorColumns) ORDER BY operator_id", logger: logger))
        }
    }

    public func setOperatorStatus(id: String, status: String, at instant: Date) async throws(CentralStorageError) -> OperatorRecord {
        guard OperatorRules.statuses.contains(status) else { throw .invalid("the status must be active or disabled") }
        let logger = self.logger
        return try await transaction { connection in
            guard var record = try await Self.fetchOperator(connection, id: id, logger: logger, forUpdate: true) else {
                throw CentralStorageError.invalid("no operator \(id)")
            }
            record.status = status
            record.updatedAtMillis = instant.millisSince1970
            try await Self.save(connection, record, logger: logger)
            return record
        }
    }

    public func replaceOperatorCredential(id: String, credential: BundleOperatorCredential, at instant: Date) async throws(CentralStorageError) -> OperatorRecord {
        try OperatorRules.checkCredential(credential)
        let logger = self.logger
        return try await transaction { connection in
            guard var record = try await Self.fetchOperator(connection, id: id, logger: logger, forUpdate: true) else {
                throw CentralStorageError.invalid("no operator \(id)")
            }
            guard credential.isNewer(than: record.credential) else {
                throw CentralStorageError.invalid("operator \(id) already holds credential version \(record.credential.version); a new one must be newer")
            }
            record.credential = credential
            record.updatedAtMillis = instant.millisSince1970
            try await Self.save(connection, record, logger: logger)
            return record
        }
    }

    private static let operatorColumns = """
        SELECT operator_id, name, role, centre, status, credential_kind, credential_hash, credential_salt, credential_cost,
            credential_version, credential_set_at_ms, credential_set_by, created_at_ms, updated_at_ms FROM operator_account
        """

    static func fetchOperator(_ connection: PostgresConnection, id: String, logger: Logger, forUpdate: Bool = false) async throws -> OperatorRecord? {
        let lock = forUpdate ? " FOR UPDATE" : ""
        return try await collectOperators(
            try await connection.query("\(unescaped: operatorColumns) WHERE operator_id = \(id)\(unescaped: lock)", logger: logger)).first
    }

    private static func collectOperators(_ rows: PostgresRowSequence) async throws -> [OperatorRecord] {
        var records: [OperatorRecord] = []
        for try await row in rows {
            let c = try row.decode((String, String, String, String, String, String, String, String, Int32, Int64, Int64, String, Int64, Int64).self)
            records.append(OperatorRecord(
                id: c.0, name: c.1, role: c.2, centre: c.3, status: c.4,
                credential: BundleOperatorCredential(
                    kind: c.5, hash: c.6, salt: c.7, costLog2: Int(c.8), version: c.9, setAt: Date(millis: c.10), setBy: c.11),
                createdAtMillis: c.12, updatedAtMillis: c.13))
        }
        return records
    }

    static func save(_ connection: PostgresConnection, _ record: OperatorRecord, logger: Logger) async throws {
        let credential = record.credential
        let cost = Int32(credential.costLog2)
        let setAt = credential.setAt.millisSince1970
        try await connection.query("""
            INSERT INTO operator_account (operator_id, name, role, centre, status, credential_kind, credential_hash, credential_salt,
                credential_cost, credential_version, credential_set_at_ms, credential_set_by, created_at_ms, updated_at_ms)
            VALUES (\(record.id), \(record.name), \(record.role), \(record.centre), \(record.status), \(credential.kind), \(credential.hash),
                \(credential.salt), \(cost), \(credential.version), \(setAt), \(credential.setBy), \(record.createdAtMillis), \(record.updatedAtMillis))
            ON CONFLICT (operator_id) DO UPDATE SET name = excluded.name, role = excluded.role, centre = excluded.centre, status = excluded.status,
                credential_kind = excluded.credential_kind, credential_hash = excluded.credential_hash, credential_salt = excluded.credential_salt,
                credential_cost = excluded.credential_cost, credential_version = excluded.credential_version,
                credential_set_at_ms = excluded.credential_set_at_ms, credential_set_by = excluded.credential_set_by,
                updated_at_ms = excluded.updated_at_ms
            """, logger: logger)
    }
}
