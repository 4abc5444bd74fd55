import Foundation
import GRDB

extension RegistryDatabase {
    /// The next field-bundle export number (1, 2, 3…), saved before the export is written: a number is never
    /// used twice, even when an export is cut short (the next one just takes the one after).
    public func nextFieldBundleSerial() async throws(RegistryError) -> Int64 {
        try await writeAsync { db in
            let last = try String.fetchOne(db, sql: "SELECT value FROM sync_state WHERE key = 'field_bundle_serial'").flatMap { Int64($0) } ?? 0
            try db.execute(sql: "INSERT OR REPLACE INTO sync_state (key, value) VALUES ('field_bundle_serial', ?)", arguments: [String(last + 1)])
            return last + 1
        }
    }
}
