import GRDB
import KhyberVocabulary

/// The kiosk's hybrid logical clock, kept in `sync_state` so it never runs back — not across restarts,
/// not across the kiosk and a `khyber-kiosk sync` process sharing the file: every reading is taken inside
/// a write transaction, which SQLite serialises.
enum KioskClock {
    static let key = "hlc"

    /// A reading for a local event, saved before the transaction commits.
    static func tick(wallMillis: Int64, db: Database) throws -> HLCTimestamp {
        var clock = try load(db)
        let reading = clock.tick(wallMillis: wallMillis)
        try save(reading, db: db)
        return reading
    }

    /// Takes in the central's reading (ignored when it is implausibly far ahead of this kiosk's clock).
    static func receive(_ remote: HLCTimestamp, wallMillis: Int64, db: Database) throws {
        var clock = try load(db)
        if let reading = clock.receive(remote, wallMillis: wallMillis) { try save(reading, db: db) }
    }

    static func load(_ db: Database) throws -> HybridLogicalClock {
        let text = try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM sync_state WHERE key = ?"), arguments: [key])
        return HybridLogicalClock(last: text.flatMap(HLCTimestamp.init(text:)) ?? .zero)
    }

    private static func save(_ reading: HLCTimestamp, db: Database) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)").execute(arguments: [key, reading.text])
    }
}
