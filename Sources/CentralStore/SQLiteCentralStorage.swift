import Foundation
import GRDB
import Logging

/// The central store on one SQLite file (WAL, `synchronous=FULL`) behind one GRDB `DatabasePool`: the
/// embedded default for a single central server.
///
/// Opening refuses a file that is not ours (`.badLocation` naming the path) and leaves it unchanged.
public final class SQLiteCentralStorage: CentralStorage {
    /// The database file.
    public let path: String
    public var kind: String { "sqlite" }

    let pool: DatabasePool
    let logger: Logger

    /// Opens (creating the file and its folder when missing) and migrates the central store at `path`.
    public init(path: String, logger: Logger) throws(CentralStorageError) {
        self.path = path
        self.logger = logger
        let fileManager = FileManager.default
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .badLocation("the folder \(folder) for the central store cannot be created: \(error.localizedDescription)")
        }
        let existed = fileManager.fileExists(atPath: path)
        try SQLiteFileCheck.checkExisting(path: path)
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: Self.configuration())
        } catch {
            if !existed { Self.removeFiles(at: path) }
            throw .badLocation("\(path) cannot be opened as the central store: \(Self.words(error))")
        }
        do {
            try pool.read { db in try SQLiteFileCheck.checkOwnership(db, path: path) }
            try SQLiteCentralSchema.migrator.migrate(pool)
        } catch {
            try? pool.close()
            if !existed { Self.removeFiles(at: path) }
            if let error = error as? CentralStorageError { throw error }
            throw .badLocation("\(path) cannot be set up as the central store: \(Self.words(error))")
        }
        self.pool = pool
        SQLiteFileModes.restrict(path: path)
        logger.info("central store opened", metadata: ["storage": "sqlite", "path": "\(path)"])
    }

    public func ping() async throws(CentralStorageError) {
        _ = try await read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }

    public func close() async {
        do {
            try await pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        } catch {
            logger.warning("central store checkpoint at close failed", metadata: ["error": "\(Self.words(error))"])
        }
        try? pool.close()
    }

    // MARK: - Running statements

    /// Runs `body` in one read transaction (a consistent snapshot).
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(CentralStorageError) -> T {
        do { return try await pool.read(body) } catch { throw wrap(error) }
    }

    /// Runs `body` in one write transaction.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(CentralStorageError) -> T {
        do { return try await pool.write(body) } catch { throw wrap(error) }
    }

    /// Our own errors as they are; database errors as `.unavailable` in words (no statement arguments).
    func wrap(_ error: any Error) -> CentralStorageError {
        if let error = error as? CentralStorageError { return error }
        return .unavailable("SQLite \(path): \(Self.words(error))")
    }

    static func words(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return "\(error.resultCode)" + (error.message.map { " (\($0))" } ?? "")
        }
        return "\(type(of: error))"
    }

    // MARK: - Opening

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.label = "CentralStore"
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return configuration
    }

    private static func removeFiles(at path: String) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
