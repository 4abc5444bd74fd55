import Foundation
import GRDB
import IdentityCore

extension RegistryDatabase {
    /// The citizen with this CNIC, with their PIN credential; nil when the registry has no such citizen.
    ///
    /// One primary-key read through a prepared statement on a dedicated read-only connection: the kiosk's hot path.
    public func citizen(_ cnic: CNIC) throws(RegistryError) -> Citizen? {
        try lookUp(cnic)
    }

    /// Citizens registered with this mobile number (any common writing of it); empty when none or not a number.
    public func citizens(mobile: String) throws(RegistryError) -> [Citizen] {
        guard let canonical = MobileNumber.canonical(mobile) else { return [] }
        let path = self.path
        return try readSingleStatement { db in
            let statement = try db.cachedStatement(sql: CitizenColumns.select + " WHERE c.mobile = ? ORDER BY c.cnic")
            statement.setUncheckedArguments([canonical])
            return try CitizenColumns.citizens(statement, path: path)
        }
    }

    /// The citizen a pass was issued to; nil when no pass has that serial.
    public func citizen(passSerial serial: Int64) throws(RegistryError) -> Citizen? {
        let path = self.path
        return try readSingleStatement { db in
            let statement = try db.cachedStatement(sql: CitizenColumns.select + " JOIN pass ON pass.cnic = c.cnic WHERE pass.serial = ?")
            statement.setUncheckedArguments([serial])
            return try CitizenColumns.firstCitizen(statement, path: path)
        }
    }

    /// How many citizens the registry holds.
    public func citizenCount() throws(RegistryError) -> Int {
        try readSingleStatement { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM citizen") ?? 0 }
    }

    /// Adds one citizen (and their PIN, if any) and indexes their names; false when the CNIC is already registered.
    @discardableResult
    public func add(_ citizen: Citizen) throws(RegistryError) -> Bool {
        try write { db in
            var writer = try CitizenWriter(db)
            let added = try writer.insert(citizen)
            if added, let pin = citizen.pin { try RegistryDatabase.upsertPIN(pin, cnic: citizen.cnic, db: db) }
            return added
        }
    }

    /// The SQL of the hot path, also used by the benchmark's bare statement.
    public static let citizenByCNIC = CitizenColumns.select + " WHERE c.cnic = ?"
}
