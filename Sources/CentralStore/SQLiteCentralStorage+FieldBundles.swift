import Foundation
import GRDB

extension SQLiteCentralStorage {
    public func fieldBundleState(kioskID: String) async throws(CentralStorageError) -> FieldBundleKioskState? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM field_bundle_kiosk WHERE kiosk_id = ?", arguments: [kioskID]).map { row in
                FieldBundleKioskState(
                    kioskID: row["kiosk_id"], highestSerial: row["highest_serial"], bundleID: row["bundle_id"], replyKey: row["reply_key"],
                    pullScope: row["pull_scope"], pullCursor: row["pull_cursor"], importedAtMillis: row["imported_at_ms"])
            }
        }
    }

    public func recordFieldBundleImport(_ state: FieldBundleKioskState) async throws(CentralStorageError) {
        try await write { db in
            try db.execute(
                sql: """
                    INSERT INTO field_bundle_kiosk (kiosk_id, highest_serial, bundle_id, reply_key, pull_scope, pull_cursor, imported_at_ms)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (kiosk_id) DO UPDATE SET highest_serial = excluded.highest_serial, bundle_id = excluded.bundle_id,
                        reply_key = excluded.reply_key, pull_scope = excluded.pull_scope, pull_cursor = excluded.pull_cursor,
                        imported_at_ms = excluded.imported_at_ms
                    WHERE excluded.highest_serial >= field_bundle_kiosk.highest_serial
                    """,
                arguments: [state.kioskID, state.highestSerial, state.bundleID, state.replyKey, state.pullScope, state.pullCursor, state.importedAtMillis])
        }
    }
}
