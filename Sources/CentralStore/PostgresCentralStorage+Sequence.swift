import PostgresNIO

extension PostgresCentralStorage: KioskSequenceLookup {
    public func highestSequence(kioskID: String) async throws(CentralStorageError) -> Int64 {
        let logger = self.logger
        return try await run { connection in
            var highest: Int64 = 0
            let rows = try await connection.query(
                "SELECT COALESCE(MAX(sequence), 0)::bigint FROM operation WHERE kiosk_id = \(kioskID)", logger: logger)
            for try await value in rows.decode(Int64.self) { highest = value }
            return highest
        }
    }
}
