import Foundation
import GRDB

/// Looks at an existing file before the central store opens it for writing: a file that is not SQLite,
/// or an SQLite database that belongs to something else, is refused and left exactly as it was.
enum SQLiteFileCheck {
    private static let magic = Array("SQLite format 3\0".utf8)

    /// Throws `.badLocation` naming `path` when the file there is not an (empty or) central store database.
    static func checkExisting(path: String) throws(CentralStorageError) {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let head: [UInt8]
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            head = [UInt8](try handle.read(upToCount: 100) ?? Data())
        } catch {
            throw .badLocation("\(path) cannot be read: \(error.localizedDescription)")
        }
        if head.isEmpty { return }
        guard head.count == 100, Array(head[0..<16]) == magic else {
            throw .badLocation("\(path) is not an SQLite database; the central store leaves it alone")
        }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            try queue.read { db in try checkOwnership(db, path: path) }
        } catch let error as CentralStorageError {
            throw error
        } catch {
            throw .badLocation("\(path) cannot be opened as an SQLite database: \(error)")
        }
    }

    /// Refuses a database that is neither empty nor a central store this build can read.
    static func checkOwnership(_ db: Database, path: String) throws {
        let applicationID = try Int32(truncatingIfNeeded: Int64.fetchOne(db, sql: "PRAGMA application_id") ?? 0)
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        if applicationID == SQLiteCentralSchema.applicationID {
            let known = Set(SQLiteCentralSchema.migrator.migrations)
            let applied = tables.contains("grdb_migrations") ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
            let unknown = applied.filter { !known.contains($0) }.sorted()
            if !unknown.isEmpty {
                throw CentralStorageError.badLocation(
                    "\(path) was written by a newer central store (migrations \(unknown.joined(separator: ", "))); this build cannot use it")
            }
            return
        }
        if applicationID != 0 {
            throw CentralStorageError.badLocation("\(path) is another program's SQLite database (application id \(applicationID)), not a central store")
        }
        if !tables.isEmpty {
            let shown = tables.sorted().prefix(5).joined(separator: ", ")
            throw CentralStorageError.badLocation("\(path) is an SQLite database of something else (tables \(shown)), not a central store")
        }
    }
}
