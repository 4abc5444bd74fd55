import ChildProcesses
import Foundation

/// The two storages the central runs on; every fault test runs on both.
enum StorageBackend: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite
    case postgres

    var description: String { rawValue }

    /// A fresh, empty database for one test: a file in `folder`, or a new PostgreSQL database on the
    /// throw-away server `make test` starts (`KHYBER_TEST_POSTGRES_URL`).
    func freshDatabaseURL(in folder: URL) throws -> String {
        switch self {
        case .sqlite:
            return "sqlite:" + folder.appendingPathComponent("central.sqlite").path
        case .postgres:
            guard let server = ProcessInfo.processInfo.environment["KHYBER_TEST_POSTGRES_URL"], !server.isEmpty else {
                throw SyncTestError("PostgreSQL tests need KHYBER_TEST_POSTGRES_URL: run `make test`")
            }
            let name = "sync_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
            let psql = try Self.psql()
            let created = try ChildProcess.run(psql, [server, "-v", "ON_ERROR_STOP=1", "-c", "CREATE DATABASE \(name)"], outputFolder: folder)
            guard created.status == 0 else { throw SyncTestError("cannot create database \(name): \(created.stderr)") }
            guard let slash = server.lastIndex(of: "/") else { throw SyncTestError("KHYBER_TEST_POSTGRES_URL has no database part") }
            return String(server[..<slash]) + "/" + name
        }
    }

    private static func psql() throws -> String {
        for candidate in ["/usr/bin/psql", "/usr/local/bin/psql"] where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        throw SyncTestError("psql is missing: apt-get install postgresql (make test does)")
    }
}
