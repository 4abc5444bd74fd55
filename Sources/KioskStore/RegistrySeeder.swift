import GRDB
import IdentityCore

/// Fills a registry with many citizens fast: large transactions, cached statements, the name index
/// built in the same pass. Running it again with the same citizens adds nothing.
public struct RegistrySeeder: Sendable {
    public let database: RegistryDatabase
    /// Citizens per transaction.
    public let batchSize: Int

    /// A seeder writing into `database`, `batchSize` citizens per transaction.
    public init(database: RegistryDatabase, batchSize: Int = 50_000) {
        precondition(batchSize > 0)
        self.database = database
        self.batchSize = batchSize
    }

    /// Inserts every citizen of `citizens` not yet registered and returns how many were added.
    ///
    /// A citizen carrying a PIN gets it only when they have none yet, so seeding again never resets
    /// a changed PIN or a lock-out. `progress(done, total)` is called after each transaction
    /// (`total` is `expectedCount`, for a progress bar).
    @discardableResult
    public func seed(
        _ citizens: some Sequence<Citizen>, expectedCount: Int,
        progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) throws(RegistryError) -> Int {
        let batchSize = self.batchSize
        return try database.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA cache_size = -262144") // 256 MiB while loading
            defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
            var iterator = citizens.makeIterator()
            var added = 0, done = 0
            var batch: [Citizen] = []
            batch.reserveCapacity(batchSize)
            while true {
                batch.removeAll(keepingCapacity: true)
                while batch.count < batchSize, let citizen = iterator.next() { batch.append(citizen) }
                if batch.isEmpty { break }
                added += try RegistrySeeder.insert(batch, db: db)
                done += batch.count
                progress(done, max(expectedCount, done))
            }
            return added
        }
    }

    /// One transaction: rows in CNIC order (FTS5 appends fast only in rowid order), index documents for new rows, PINs.
    private static func insert(_ batch: [Citizen], db: Database) throws -> Int {
        let sorted = batch.sorted { $0.cnic.number < $1.cnic.number }
        var added = 0
        try db.inTransaction {
            var writer = try CitizenWriter(db)
            for citizen in sorted {
                guard try writer.insert(citizen) else { continue }
                added += 1
            }
            let insertPIN = try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO pin_credential (cnic, hash, salt, cost, failed_attempts, locked_until)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
            for citizen in sorted {
                guard let pin = citizen.pin else { continue }
                insertPIN.setUncheckedArguments([
                    citizen.cnic.number, pin.hash, pin.salt, pin.costLog2, pin.failedAttempts, pin.lockedUntil?.timeIntervalSince1970,
                ])
                try insertPIN.execute()
            }
            return .commit
        }
        return added
    }
}
