import GRDB
import IdentityCore

extension RegistryDatabase {
    /// The smallest and largest CNIC numbers registered; nil when the registry is empty.
    public func cnicNumberRange() throws(RegistryError) -> ClosedRange<Int64>? {
        try readSingleStatement { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT min(cnic) AS low, max(cnic) AS high FROM citizen"),
                  let low: Int64 = row["low"], let high: Int64 = row["high"] else { return nil }
            return low...high
        }
    }

    /// The registered citizen with the smallest CNIC number at or after `number` (for drawing
    /// citizens at random: one index seek, however large the registry); nil past the last.
    public func citizen(atOrAfter number: Int64) throws(RegistryError) -> Citizen? {
        let path = self.path
        return try readSingleStatement { db in
            let statement = try db.cachedStatement(sql: CitizenColumns.select + " WHERE c.cnic >= ? ORDER BY c.cnic LIMIT 1")
            statement.setUncheckedArguments([number])
            return try CitizenColumns.firstCitizen(statement, path: path)
        }
    }
}
