import Foundation
import Logging
import PostgresNIO

/// The central store on PostgreSQL through postgres-nio's `PostgresClient` (a connection pool whose
/// `run()` this storage drives in a task of its own, cancelled by `close()`). The schema is created at
/// open when missing, versioned in `schema_version`.
public final class PostgresCentralStorage: CentralStorage {
    /// Where the database is (the password is never shown: use `location.redactedURL`).
    public let location: PostgresLocation
    public var kind: String { "postgres" }

    let client: PostgresClient
    let logger: Logger
    private let runTask: Task<Void, Never>
    /// How long one call may wait for a connection and its statements.
    let callTimeout: Duration

    /// Connects, creates or updates the schema and returns the storage; `.unavailable` when the server
    /// does not answer `SELECT 1` within `connectTimeout`, or the schema's statements (one call) take
    /// longer than `callTimeout` — a fresh database's migration on a loaded machine was seen to pass a
    /// 10 s bound that covered both, while an unreachable server must still be reported quickly.
    public init(
        location: PostgresLocation, logger: Logger, maximumConnections: Int = 10,
        connectTimeout: Duration = .seconds(10), callTimeout: Duration = .seconds(30)
    ) async throws(CentralStorageError) {
        var configuration = PostgresClient.Configuration(
            host: location.host, port: location.port, username: location.username, password: location.password,
            database: location.database, tls: .disable)
        configuration.options.maximumConnections = max(1, maximumConnections)
        configuration.options.connectTimeout = connectTimeout
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.location = location
        self.logger = logger
        self.client = client
        self.callTimeout = callTimeout
        self.runTask = Task { await client.run() }
        do {
            let now = Date().millisSince1970
            try await CallDeadline.run(connectTimeout) {
                try await client.withConnection { connection in
                    _ = try await connection.query("SELECT 1", logger: logger)
                }
            }
            try await CallDeadline.run(callTimeout) {
                try await client.withConnection { connection in
                    try await Self.inTransaction(connection, logger: logger) { connection in
                        try await PostgresSchema.migrate(connection, logger: logger, now: now)
                    }
                }
            }
        } catch {
            // Not awaited: a pool still retrying an unreachable server ends by itself once cancelled, and
            // the caller should hear "unavailable" at the deadline, not when the pool's retries wind down.
            runTask.cancel()
            let mapped = Self.mapError(error, location: location)
            logger.error("central store could not open", metadata: ["storage": "postgres", "url": "\(location.redactedURL)", "error": "\(mapped)"])
            throw mapped
        }
        logger.info("central store opened", metadata: ["storage": "postgres", "url": "\(location.redactedURL)"])
    }

    /// Parses `url` and opens the storage (see `init(location:logger:…)`).
    public convenience init(url: String, logger: Logger) async throws(CentralStorageError) {
        try await self.init(location: PostgresLocation(url: url), logger: logger)
    }

    public func ping() async throws(CentralStorageError) {
        _ = try await run { connection in
            try await connection.query("SELECT 1", logger: self.logger)
        }
    }

    public func close() async {
        runTask.cancel()
        await runTask.value
    }

    // MARK: - Running statements

    /// Runs `body` on one pooled connection (no transaction).
    func run<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws(CentralStorageError) -> T {
        do {
            return try await CallDeadline.run(callTimeout) {
                try await self.client.withConnection { connection in try await body(connection) }
            }
        } catch {
            throw Self.mapError(error, location: location)
        }
    }

    /// Runs `body` in one transaction, again (a few times) when PostgreSQL ends it with a serialization
    /// failure or a deadlock (SQLSTATE 40001, 40P01).
    func transaction<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws(CentralStorageError) -> T {
        var attempt = 1
        while true {
            do {
                return try await CallDeadline.run(callTimeout) {
                    try await self.client.withConnection { connection in
                        try await Self.inTransaction(connection, logger: self.logger, body)
                    }
                }
            } catch {
                if attempt < 6, Self.isRetryable(error) {
                    logger.notice("central store transaction retried", metadata: ["attempt": "\(attempt)", "sqlstate": "\(Self.sqlState(error) ?? "")"])
                    try? await Task.sleep(for: .milliseconds(Int.random(in: 5...20) * attempt))
                    attempt += 1
                    continue
                }
                throw Self.mapError(error, location: location)
            }
        }
    }

    private static func inTransaction<T: Sendable>(
        _ connection: PostgresConnection, logger: Logger, _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        try await connection.query("BEGIN", logger: logger)
        do {
            let value = try await body(connection)
            try await connection.query("COMMIT", logger: logger)
            return value
        } catch {
            _ = try? await connection.query("ROLLBACK", logger: logger)
            throw error
        }
    }

    /// Takes the change-log lock: every transaction that appends to `change_log` calls this first, so
    /// appends commit in id order and a reader never sees a later id before an earlier one.
    static func lockChangeLog(_ connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.changeLogLockKey))", logger: logger)
    }

    // MARK: - Errors

    static func sqlState(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    static func isRetryable(_ error: any Error) -> Bool {
        ["40001", "40P01"].contains(sqlState(error) ?? "")
    }

    /// Our own errors as they are; everything else as `.unavailable` in words (no statement arguments).
    static func mapError(_ error: any Error, location: PostgresLocation) -> CentralStorageError {
        if let error = error as? CentralStorageError { return error }
        let place = "PostgreSQL at \(location.host):\(location.port)/\(location.database)"
        if let error = error as? DeadlinePassed {
            return .unavailable("\(place) did not answer within \(error.duration)")
        }
        if let error = error as? PSQLError {
            if let state = error.serverInfo?[.sqlState] {
                return .unavailable("\(place) answered with error \(state): \(error.serverInfo?[.message] ?? "no message")")
            }
            return .unavailable("\(place): \(error.code)")
        }
        if error is CancellationError { return .unavailable("\(place): the call was cancelled") }
        return .unavailable("\(place): \(type(of: error))")
    }
}
