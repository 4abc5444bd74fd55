import Foundation
import GRDB
import GRDBSQLite

/// Why the registry file could not be opened, read or written, in words an operator can act on.
///
/// Every case names the file. None ever carries a PIN or a full CNIC.
public enum RegistryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists but is not an SQLite database at all (random bytes, another kind of file).
    case notADatabase(path: String)
    /// The file is an SQLite database whose content is damaged or cut short.
    case corrupted(path: String)
    /// A valid SQLite database, but another application's (its tables or application id are not ours).
    case foreignDatabase(path: String, detail: String)
    /// Written by a newer version of the kiosk: it has schema changes this build does not know.
    case newerVersion(path: String, unknownMigrations: [String])
    /// The file or its folder cannot be created, opened or written (missing folder, permissions, read-only disk).
    case cannotOpen(path: String, reason: String)
    /// The disk is full.
    case diskFull(path: String)
    /// Any other storage failure while reading or writing.
    case storage(path: String, reason: String)
    /// A pass was asked for a CNIC that is not in the registry.
    case unknownCitizen(path: String, cnic: String)
    /// The pass text could not be made (signing failed); nothing was recorded.
    case passNotEncoded(path: String, reason: String)
    /// A change that must be audited, with no device key to seal the entry (`useAuditSigner` not called):
    /// nothing was written.
    case noAuditSigner(path: String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            "\(path) is not a registry database (it is not an SQLite file at all). Move it aside or point the kiosk at another file."
        case .corrupted(let path):
            "The registry database \(path) is damaged or cut short. Restore it from a backup or seed a new one."
        case .foreignDatabase(let path, let detail):
            "\(path) is an SQLite database of another application (\(detail)), not a kiosk registry. The kiosk leaves it untouched."
        case .newerVersion(let path, let unknown):
            "The registry \(path) was written by a newer version of the kiosk (schema changes \(unknown.joined(separator: ", "))). Update this kiosk."
        case .cannotOpen(let path, let reason):
            "Cannot open or create the registry \(path): \(reason). Check that the folder exists and can be written."
        case .diskFull(let path):
            "The disk holding the registry \(path) is full. Free some space and try again."
        case .storage(let path, let reason):
            "The registry \(path) could not be read or written: \(reason)."
        case .unknownCitizen(let path, let cnic):
            "No citizen \(cnic) in the registry \(path)."
        case .passNotEncoded(let path, let reason):
            "The pass could not be made, so nothing was recorded in \(path): \(reason)."
        case .noAuditSigner(let path):
            "This change must be recorded in the audit trail, but the kiosk has no device key to sign it (enrol the kiosk); nothing was written to \(path)."
        }
    }

    /// Translates an SQLite result code met while using the file at `path`.
    static func sqlite(code: Int32, message: String?, path: String) -> RegistryError {
        let reason = message ?? "SQLite error \(code)"
        switch code & 0xFF {
        case SQLITE_NOTADB: return .notADatabase(path: path)
        case SQLITE_CORRUPT: return .corrupted(path: path)
        case SQLITE_FULL: return .diskFull(path: path)
        case SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_READONLY, SQLITE_AUTH: return .cannotOpen(path: path, reason: reason)
        default: return .storage(path: path, reason: reason)
        }
    }

    /// Translates an SQLite or file-system error met while using the file at `path`.
    static func wrapping(_ error: any Error, path: String) -> RegistryError {
        if let registryError = error as? RegistryError { return registryError }
        if let databaseError = error as? DatabaseError {
            return sqlite(code: databaseError.resultCode.primaryResultCode.rawValue, message: databaseError.message, path: path)
        }
        if error is RowDecodingError { return .corrupted(path: path) }
        if let cocoaError = error as? CocoaError {
            return .cannotOpen(path: path, reason: cocoaError.localizedDescription)
        }
        return .storage(path: path, reason: "\(error)")
    }
}
