import GRDB

extension RegistryDatabase {
    /// A value from the registry's small key-value table; nil when the key was never set.
    public func metaValue(_ key: String) throws(RegistryError) -> String? {
        try readSingleStatement { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    /// Sets (or replaces) a value in the key-value table.
    public func setMetaValue(_ value: String, for key: String) throws(RegistryError) {
        try write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
        }
    }

    /// The migrations applied to this file, in order (`["v1"]` for a fresh registry).
    public func appliedMigrations() throws(RegistryError) -> [String] {
        try read { db in try RegistrySchema.migrator.appliedMigrations(db) }
    }
}
