import GRDB

extension SQLiteCentralStorage: KioskSequenceLookup {
    public func highestSequence(kioskID: String) async throws(CentralStorageError) -> Int64 {
        try await read { db in
            try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(sequence), 0) FROM operation WHERE kiosk_id = ?", arguments: [kioskID]) ?? 0
        }
    }
}
