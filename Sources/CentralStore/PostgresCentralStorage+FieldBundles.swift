import Foundation
import Logging
import PostgresNIO

extension PostgresCentralStorage {
    public func fieldBundleState(kioskID: String) async throws(CentralStorageError) -> FieldBundleKioskState? {
        let logger = self.logger
        return try await run { connection in
            let rows = try await connection.query("""
                SELECT kiosk_id, highest_serial, bundle_id, reply_key, pull_scope, pull_cursor, imported_at_ms
                FROM field_bundle_kiosk WHERE kiosk_id = \(kioskID)
                """, logger: logger)
            for try await (kiosk, serial, bundle, reply, scope, cursor, imported) in rows.decode((String, Int64, String, String, String, Int64, Int64).self) {
                return FieldBundleKioskState(
                    kioskID: kiosk, highestSerial: serial, bundleID: bundle, replyKey: reply, pullScope: scope, pullCursor: cursor, importedAtMillis: imported)
            }
            return nil
        }
    }

    public func recordFieldBundleImport(_ state: FieldBundleKioskState) async throws(CentralStorageError) {
        let logger = self.logger
        try await run { connection in
            _ = try await connection.query("""
                INSERT INTO field_bundle_kiosk (kiosk_id, highest_serial, bundle_id, reply_key, pull_scope, pull_cursor, imported_at_ms)
                VALUES (\(state.kioskID), \(state.highestSerial), \(state.bundleID), \(state.replyKey), \(state.pullScope), \(state.pullCursor), \(state.importedAtMillis))
                ON CONFLICT (kiosk_id) DO UPDATE SET highest_serial = excluded.highest_serial, bundle_id = excluded.bundle_id,
                    reply_key = excluded.reply_key, pull_scope = excluded.pull_scope, pull_cursor = excluded.pull_cursor,
                    imported_at_ms = excluded.imported_at_ms
                WHERE excluded.highest_serial >= field_bundle_kiosk.highest_serial
                """, logger: logger)
        }
    }
}
