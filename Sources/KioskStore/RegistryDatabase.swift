import Foundation
import GRDB
import IdentityCore

/// The kiosk's local registry: one SQLite file (WAL, `synchronous=FULL`) behind one GRDB `DatabasePool`.
///
/// Opening checks that the file is ours before anything is written to it: a foreign, damaged or
/// newer file is refused with a `RegistryError` and left exactly as it was.
public final class RegistryDatabase: Sendable {
    /// The database file.
    public let url: URL
    let pool: DatabasePool
    private let lookup: CitizenLookupConnection
    /// The device key audit entries are sealed with (`useAuditSigner`).
    let auditSignerSlot = AuditSignerSlot()

    var path: String { url.path }

    /// Opens the registry at `url`, creating and migrating it when the file does not exist yet.
    ///
    /// The folder must exist. When creation fails half-way, the new file is removed again.
    public init(url: URL) throws(RegistryError) {
        self.url = url
        let path = url.path
        let fileManager = FileManager.default
        let existed = fileManager.fileExists(atPath: path)
        do {
            if existed { try RegistryDatabase.inspectExistingFile(at: url) }
            pool = try DatabasePool(path: path, configuration: RegistryDatabase.configuration())
        } catch {
            if !existed { RegistryDatabase.removeFiles(at: path) }
            throw RegistryError.wrapping(error, path: path)
        }
        do {
            try pool.read { db in try RegistryDatabase.checkOwnership(db, path: path) }
            try RegistrySchema.migrator.migrate(pool)
            lookup = try CitizenLookupConnection(path: path)
        } catch {
            try? pool.close()
            if !existed { RegistryDatabase.removeFiles(at: path) }
            throw RegistryError.wrapping(error, path: path)
        }
    }

    /// Folds the write-ahead log into the file and closes every connection, leaving one
    /// self-contained file (safe to copy). Later calls fail.
    public func close() throws(RegistryError) {
        lookup.close()
        do {
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            try pool.close()
        } catch { throw RegistryError.wrapping(error, path: path) }
    }

    /// The citizen with this CNIC through the dedicated lookup connection.
    func lookUp(_ cnic: CNIC) throws(RegistryError) -> Citizen? {
        try lookup.citizen(cnic)
    }

    /// Runs a read on one pooled connection, without a transaction (for single statements).
    func readSingleStatement<T>(_ body: (Database) throws -> T) throws(RegistryError) -> T {
        do { return try pool.unsafeRead(body) } catch { throw RegistryError.wrapping(error, path: path) }
    }

    /// Runs a read in a transaction (a consistent snapshot across statements).
    func read<T>(_ body: (Database) throws -> T) throws(RegistryError) -> T {
        do { return try pool.read(body) } catch { throw RegistryError.wrapping(error, path: path) }
    }

    /// Runs writes in one transaction.
    func write<T>(_ body: (Database) throws -> T) throws(RegistryError) -> T {
        do { return try pool.write(body) } catch { throw RegistryError.wrapping(error, path: path) }
    }

    /// Runs writes that manage their own transactions.
    func writeWithoutTransaction<T>(_ body: (Database) throws -> T) throws(RegistryError) -> T {
        do { return try pool.writeWithoutTransaction(body) } catch { throw RegistryError.wrapping(error, path: path) }
    }

    // MARK: - Asynchronous access (off Swift's cooperative threads: GRDB waits for its own queues)

    /// Runs a read in a transaction, suspending (not blocking) while a connection is busy.
    func readAsync<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(RegistryError) -> T {
        do { return try await pool.read(body) } catch { throw RegistryError.wrapping(error, path: path) }
    }

    /// Runs writes in one transaction, suspending (not blocking) while the writer is busy.
    func writeAsync<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(RegistryError) -> T {
        do { return try await pool.write(body) } catch { throw RegistryError.wrapping(error, path: path) }
    }

    // MARK: - Opening

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.label = "KioskStore"
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        return configuration
    }

    /// Looks at an existing file read-only: SQLite at all, whole, ours, not newer than this build.
    private static func inspectExistingFile(at url: URL) throws {
        let path = url.path
        let walPath = path + "-wal"
        let walSize = (try? FileManager.default.attributesOfItem(atPath: walPath)[.size] as? Int) ?? 0
        switch try DatabaseFileHeader.read(url) {
        case .empty:
            if walSize == 0 { return }
        case .notSQLite:
            throw RegistryError.notADatabase(path: path)
        case .header(let header):
            let fileSize = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            if walSize == 0 && header.isCutShort(fileSize: fileSize) { throw RegistryError.corrupted(path: path) }
            if header.applicationID != 0 && header.applicationID != RegistrySchema.applicationID {
                throw RegistryError.foreignDatabase(path: path, detail: "application id \(header.applicationID)")
            }
        }
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        try queue.read { db in try checkOwnership(db, path: path) }
    }

    /// Refuses a database that is not an empty file or a kiosk registry this build can read.
    private static func checkOwnership(_ db: Database, path: String) throws {
        let applicationID = try Int32(truncatingIfNeeded: Int64.fetchOne(db, sql: "PRAGMA application_id") ?? 0)
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        if applicationID == RegistrySchema.applicationID {
            guard tables.contains("grdb_migrations") else {
                throw RegistryError.corrupted(path: path)
            }
            let known = Set(RegistrySchema.migrator.migrations)
            let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            let unknown = applied.filter { !known.contains($0) }.sorted()
            if !unknown.isEmpty { throw RegistryError.newerVersion(path: path, unknownMigrations: unknown) }
            return
        }
        if applicationID != 0 {
            throw RegistryError.foreignDatabase(path: path, detail: "application id \(applicationID)")
        }
        if !tables.isEmpty {
            let shown = tables.sorted().prefix(5).joined(separator: ", ")
            throw RegistryError.foreignDatabase(path: path, detail: "tables \(shown)")
        }
    }

    private static func removeFiles(at path: String) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
