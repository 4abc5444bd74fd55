import Foundation
import GRDBSQLite
import IdentityCore
import Synchronization

/// The CNIC lookup hot path: one read-only SQLite connection with one prepared statement, decoded
/// by column index straight from SQLite's buffers.
///
/// Why not the pool: each `DatabasePool` read costs about 5 µs on Linux before any SQL runs
/// (barrier queue, semaphore, dispatch hop, schema-version check), twice the lookup itself. This
/// connection only reads, never holds a transaction open (the statement is reset after every
/// lookup), and is closed before the pool, so it cannot disturb the pool's WAL handling.
///
/// The raw handles live inside a `Mutex`: only the thread holding it touches them (SQLite is opened
/// `NOMUTEX`, so that lock is the only one), and that is what makes the class `Sendable`.
final class CitizenLookupConnection: Sendable {
    /// The connection and its prepared statement; nil once closed.
    private struct Handles {
        var connection: OpaquePointer?
        var statement: OpaquePointer?
    }

    private let handles: Mutex<Handles>
    private let path: String

    /// Opens the file read-only and prepares the lookup.
    init(path: String) throws(RegistryError) {
        self.path = path
        var connection: OpaquePointer?
        let opened = sqlite3_open_v2(path, &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil)
        guard opened == SQLITE_OK, let connection else {
            let error = RegistryError.sqlite(code: opened, message: connection.map { String(cString: sqlite3_errmsg($0)) }, path: path)
            sqlite3_close_v2(connection)
            throw error
        }
        sqlite3_busy_timeout(connection, 10_000)
        sqlite3_exec(connection, "PRAGMA synchronous = FULL", nil, nil, nil)
        var statement: OpaquePointer?
        let prepared = sqlite3_prepare_v3(connection, RegistryDatabase.citizenByCNIC, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard prepared == SQLITE_OK, let statement else {
            let error = RegistryError.sqlite(code: prepared, message: String(cString: sqlite3_errmsg(connection)), path: path)
            sqlite3_close_v2(connection)
            throw error
        }
        handles = Mutex(Handles(connection: connection, statement: statement))
    }

    deinit { close() }

    /// The citizen with this CNIC; nil when not registered.
    func citizen(_ cnic: CNIC) throws(RegistryError) -> Citizen? {
        let path = self.path
        return try handles.withLock { (handles: inout Handles) throws(RegistryError) -> Citizen? in
            guard let statement = handles.statement else { throw RegistryError.storage(path: path, reason: "the registry is closed") }
            defer { sqlite3_reset(statement) }
            let number = cnic.number
            sqlite3_bind_int64(statement, 1, number)
            switch sqlite3_step(statement) {
            case SQLITE_ROW:
                guard let citizen = Self.decode(statement, cnic: cnic, number: number) else { throw RegistryError.corrupted(path: path) }
                return citizen
            case SQLITE_DONE:
                return nil
            case let code:
                throw RegistryError.sqlite(code: code, message: handles.connection.map { String(cString: sqlite3_errmsg($0)) }, path: path)
            }
        }
    }

    /// Finalises the statement and closes the connection; later lookups fail.
    func close() {
        handles.withLock { handles in
            sqlite3_finalize(handles.statement)
            sqlite3_close_v2(handles.connection)
            handles = Handles()
        }
    }

    /// Columns as in `CitizenColumns.select`; nil when a required column is missing or malformed.
    private static func decode(_ statement: OpaquePointer, cnic: CNIC, number: Int64) -> Citizen? {
        guard sqlite3_column_int64(statement, 0) == number,
              let nameLatin = text(statement, 1), let nameUrdu = text(statement, 2),
              let guardianLatin = text(statement, 3), let guardianUrdu = text(statement, 4),
              let relation = text(statement, 5).flatMap(GuardianRelation.init(rawValue:)),
              let gender = text(statement, 6).flatMap(Gender.init(rawValue:)),
              let birthDate = text(statement, 7).flatMap(StoredDate.parse),
              sqlite3_column_type(statement, 8) == SQLITE_INTEGER,
              let tehsil = text(statement, 9), let address = text(statement, 10), let mobile = text(statement, 11)
        else { return nil }
        var pin: PINCredential?
        if let hash = blob(statement, 12), let salt = blob(statement, 13) {
            let lockedUntil = sqlite3_column_type(statement, 16) == SQLITE_NULL ? nil : Date(timeIntervalSince1970: sqlite3_column_double(statement, 16))
            pin = PINCredential(
                hash: hash, salt: salt, costLog2: Int(sqlite3_column_int64(statement, 14)),
                failedAttempts: Int(sqlite3_column_int64(statement, 15)), lockedUntil: lockedUntil
            )
        }
        return Citizen(
            cnic: cnic, nameLatin: nameLatin, nameUrdu: nameUrdu, guardianLatin: guardianLatin, guardianUrdu: guardianUrdu,
            guardianRelation: relation, gender: gender, birthDate: birthDate,
            districtCode: Int(sqlite3_column_int64(statement, 8)), tehsil: tehsil, address: address, mobile: mobile, pin: pin
        )
    }

    private static func text(_ statement: OpaquePointer, _ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(statement, column) else { return nil }
        let count = Int(sqlite3_column_bytes(statement, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    private static func blob(_ statement: OpaquePointer, _ column: Int32) -> Data? {
        guard sqlite3_column_type(statement, column) == SQLITE_BLOB else { return nil }
        let count = Int(sqlite3_column_bytes(statement, column))
        guard count > 0, let bytes = sqlite3_column_blob(statement, column) else { return Data() }
        return Data(bytes: bytes, count: count)
    }
}
