import CentralStore
import Foundation
import PostgresNIO
import Synchronization

/// The throw-away PostgreSQL server `make bench` starts: a postgres-nio client on it that makes (and
/// afterwards drops) one fresh database per measurement.
final class BenchPostgres: Sendable {
    let location: PostgresLocation
    let client: PostgresClient
    private let runTask: Task<Void, Never>
    private let created = Mutex<[String]>([])

    /// Connects to `url` (`postgres://user@host:port/db`); throws when the server does not answer in 5 s.
    init(url: String) async throws {
        let location = try PostgresLocation(url: url)
        let client = Self.client(location)
        self.location = location
        self.client = client
        runTask = Task { await client.run() }
        do {
            try await Self.withDeadline(seconds: 5) { try await client.query("SELECT 1") }
        } catch {
            runTask.cancel()
            throw StoreBenchError(description: "PostgreSQL at \(location.host):\(location.port) did not answer: \(String(describing: error).prefix(120))")
        }
    }

    /// The server's version and the settings that make commits cheap or dear, in words.
    func settings() async -> String {
        do {
            let rows = try await client.query("SELECT current_setting('server_version'), current_setting('fsync'), current_setting('synchronous_commit')")
            for try await (version, fsync, synchronous) in rows.decode((String, String, String).self) {
                return "PostgreSQL \(version) at \(location.host):\(location.port), fsync=\(fsync), synchronous_commit=\(synchronous)"
            }
        } catch {}
        return "PostgreSQL at \(location.host):\(location.port)"
    }

    /// A fresh empty database; its `postgres://` URL.
    func freshDatabase(_ purpose: String) async throws -> String {
        let name = "khyber_bench_\(purpose)_\(getpid())"
        try await client.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name)"))
        try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
        created.withLock { $0.append(name) }
        var url = "postgres://\(location.username)"
        if let password = location.password { url += ":\(password)" }
        return url + "@\(location.host):\(location.port)/\(name)"
    }

    /// A client on `database` (run it with `run()` in a task; cancel the task to close it).
    func client(database: String) -> PostgresClient {
        var other = location
        other.database = database
        return Self.client(other)
    }

    /// Drops the databases made here and closes the client.
    func close() async {
        for name in created.withLock({ $0 }) { _ = try? await client.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")) }
        runTask.cancel()
        await runTask.value
    }

    private static func client(_ location: PostgresLocation) -> PostgresClient {
        var configuration = PostgresClient.Configuration(
            host: location.host, port: location.port, username: location.username, password: location.password,
            database: location.database, tls: .disable)
        configuration.options.connectTimeout = .seconds(5)
        return PostgresClient(configuration: configuration)
    }

    private static func withDeadline(seconds: Int, _ body: @escaping @Sendable () async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask { try await body(); return true }
            group.addTask { try await Task.sleep(for: .seconds(seconds)); return false }
            defer { group.cancelAll() }
            guard try await group.next() == true else { throw StoreBenchError(description: "no answer in \(seconds) s") }
        }
    }
}
