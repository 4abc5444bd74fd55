import CentralStore
import Foundation
import PostgresNIO
import Testing

/// The two storage backends every test runs against.
enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }
}

/// Why a PostgreSQL case cannot run: it fails (never skips) with these words.
struct MissingPostgres: Error, CustomStringConvertible {
    var description: String { "PostgreSQL tests need KHYBER_TEST_POSTGRES_URL: run `make test`" }
}

/// A quiet logger for storages under test.
let testLogger: Logger = {
    var logger = Logger(label: "central-store-tests")
    logger.logLevel = .critical
    return logger
}()

/// A fresh, empty storage per test: a new SQLite file under /tmp/khyber-central-tests/<pid>/, or a new
/// PostgreSQL database (`t_<random>`) on the server `KHYBER_TEST_POSTGRES_URL` names, dropped afterwards.
enum TestStorage {
    /// This run's folder; made on first use, after removing what earlier (finished) runs left.
    static let sqliteRoot: String = {
        let parent = "/tmp/khyber-central-tests"
        let fileManager = FileManager.default
        for name in (try? fileManager.contentsOfDirectory(atPath: parent)) ?? [] {
            guard let pid = Int32(name), pid != ProcessInfo.processInfo.processIdentifier else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { try? fileManager.removeItem(atPath: "\(parent)/\(name)") }
        }
        return "\(parent)/\(ProcessInfo.processInfo.processIdentifier)"
    }()

    static func with<T>(_ backend: Backend, _ body: (any CentralStorage) async throws -> T) async throws -> T {
        switch backend {
        case .sqlite:
            let path = "\(sqliteRoot)/\(UUID().uuidString.lowercased())/central.sqlite"
            let storage = try await CentralStorageOpener.open(url: "sqlite:\(path)", logger: testLogger)
            do {
                let value = try await body(storage)
                await storage.close()
                try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
                return value
            } catch {
                await storage.close()
                throw error
            }
        case .postgres:
            return try await withPostgresDatabase { url in
                let storage = try await CentralStorageOpener.open(url: url, logger: testLogger)
                do {
                    let value = try await body(storage)
                    await storage.close()
                    return value
                } catch {
                    await storage.close()
                    throw error
                }
            }
        }
    }

    /// The server URL from the environment, or a failure saying how to get one.
    static func serverURL() throws -> String {
        guard let url = ProcessInfo.processInfo.environment["KHYBER_TEST_POSTGRES_URL"], !url.isEmpty else { throw MissingPostgres() }
        return url
    }

    /// Creates `t_<random>` on the test server, hands `body` its URL, drops it afterwards.
    static func withPostgresDatabase<T>(_ body: (String) async throws -> T) async throws -> T {
        let server = try PostgresLocation(url: serverURL())
        let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await admin(server) { client in
            try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
        }
        var location = server
        location.database = name
        let url = "postgres://\(location.username)\(location.password.map { ":" + $0 } ?? "")@\(location.host):\(location.port)/\(name)"
        do {
            let value = try await body(url)
            try await drop(name, server: server)
            return value
        } catch {
            try? await drop(name, server: server)
            throw error
        }
    }

    private static func drop(_ name: String, server: PostgresLocation) async throws {
        try await admin(server) { client in
            try await client.query(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"))
        }
    }

    /// Runs `body` with a client on the server's own database.
    @discardableResult
    static func admin<T: Sendable>(_ server: PostgresLocation, _ body: @Sendable (PostgresClient) async throws -> T) async throws -> T {
        let client = PostgresClient(
            configuration: .init(host: server.host, port: server.port, username: server.username, password: server.password, database: server.database, tls: .disable),
            backgroundLogger: testLogger)
        let task = Task { await client.run() }
        defer { task.cancel() }
        return try await body(client)
    }
}
