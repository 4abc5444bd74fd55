import Foundation
import KioskStore
import KioskSync
import PostgresNIO
import SyncProtocol

/// The floor the central's PostgreSQL ingest is held against: the same rows, with the same columns as
/// the central's `operation` table, inserted by postgres-nio directly into a plain table (no keys, no
/// indexes) — batches of 500, one transaction each (BEGIN, one multi-row INSERT … SELECT FROM unnest, COMMIT)
/// on one connection. With `keyed`, the table has the central's two unique keys (op_id; kiosk_id, sequence).
enum BareInsertBench {
    /// Seconds to insert `operations`.
    static func run(_ operations: [PushOperation], server: BenchPostgres, keyed: Bool) async throws -> Double {
        let databaseURL = try await server.freshDatabase(keyed ? "bare_keyed" : "bare")
        let client = server.client(database: String(databaseURL.split(separator: "/").last ?? ""))
        let runTask = Task { await client.run() }
        let outcome: Result<Double, any Error>
        do { outcome = .success(try await insert(operations, client: client, keyed: keyed)) } catch { outcome = .failure(error) }
        runTask.cancel()
        await runTask.value
        return try outcome.get()
    }

    private static func insert(_ operations: [PushOperation], client: PostgresClient, keyed: Bool) async throws -> Double {
        let keys = keyed ? " PRIMARY KEY" : ""
        let unique = keyed ? ", UNIQUE (kiosk_id, sequence)" : ""
        try await client.query(PostgresQuery(unsafeSQL: """
            CREATE TABLE bare_operation (op_id text\(keys), kiosk_id text NOT NULL, sequence bigint NOT NULL, hlc text NOT NULL,
                kind text NOT NULL, entity_id text NOT NULL, payload text NOT NULL, payload_sha256 text NOT NULL,
                received_at_ms bigint NOT NULL\(unique))
            """))
        let logger = Logger(label: "khyber-bench")
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        let start = Stopwatch.now()
        try await client.withConnection { connection in
            var offset = 0
            while offset < operations.count {
                let batch = operations[offset..<min(offset + SyncWire.maxOperationsPerPush, operations.count)]
                try await connection.query("BEGIN", logger: logger)
                try await connection.query("""
                    INSERT INTO bare_operation (op_id, kiosk_id, sequence, hlc, kind, entity_id, payload, payload_sha256, received_at_ms)
                    SELECT op_id, kiosk_id, sequence, hlc, kind, entity_id, payload, payload_sha256, \(now)::bigint
                    FROM unnest(\(batch.map(\.opID))::text[], \(batch.map(\.kioskID))::text[], \(batch.map(\.sequence))::bigint[],
                        \(batch.map(\.hlc.text))::text[], \(batch.map(\.kind))::text[], \(batch.map(\.entityID))::text[],
                        \(batch.map(\.payload))::text[], \(batch.map(\.payloadSHA256))::text[])
                        AS u(op_id, kiosk_id, sequence, hlc, kind, entity_id, payload, payload_sha256)
                    """, logger: logger)
                try await connection.query("COMMIT", logger: logger)
                offset += batch.count
            }
        }
        let seconds = Double(Stopwatch.now() - start) / 1e9
        var stored = 0
        for try await count in try await client.query("SELECT count(*)::bigint FROM bare_operation").decode(Int64.self) { stored = Int(count) }
        guard stored == operations.count else {
            throw StoreBenchError(description: "the bare table holds \(stored) rows, not \(operations.count)")
        }
        return seconds
    }
}

/// The 10,000 outbox rows of the big kiosk, as the bare insert takes them.
struct PushOperationRows {
    let rows: [PushOperation]

    init(kioskFile: URL, folder: URL) async throws {
        let registry = try BenchKiosks.open(copyOf: kioskFile, at: folder.appendingPathComponent("rows-kiosk.sqlite"))
        defer { try? registry.close() }
        rows = try await registry.operationsToSend(limit: 100_000)
    }
}
