import Foundation
import GRDB
import IdentityCore

extension RegistryDatabase {
    /// Allocates the next serial and records the pass in one transaction.
    ///
    /// `encode` receives the new serial and returns the pass text (it is signed with the serial in it);
    /// if it throws, nothing is recorded and the serial is not used.
    public func issuePass(
        to cnic: CNIC, issuedOn: CalendarDate, expiresOn: CalendarDate, keyID: String,
        encode: (_ serial: Int64) throws -> String
    ) throws(RegistryError) -> PassRecord {
        let path = self.path
        return try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM citizen WHERE cnic = ?", arguments: [cnic.number]) == true else {
                throw RegistryError.unknownCitizen(path: path, cnic: cnic.masked)
            }
            let serial = try RegistryDatabase.nextPassSerial(db)
            let text: String
            do { text = try encode(serial) } catch { throw RegistryError.passNotEncoded(path: path, reason: "\(error)") }
            let record = PassRecord(serial: serial, cnic: cnic, issuedOn: issuedOn, expiresOn: expiresOn, keyID: keyID, text: text)
            try db.execute(
                sql: "INSERT INTO pass (serial, cnic, issued_on, expires_on, key_id, text) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [serial, cnic.number, issuedOn.iso, expiresOn.iso, keyID, record.text]
            )
            return record
        }
    }

    /// The serial the next pass will get (one more than the highest so far; the first is 1).
    public func nextPassSerial() throws(RegistryError) -> Int64 {
        try readSingleStatement { db in try RegistryDatabase.nextPassSerial(db) }
    }

    /// The most recently issued pass of a citizen (revoked or not); nil when they have none.
    public func latestPass(for cnic: CNIC) throws(RegistryError) -> PassRecord? {
        let path = self.path
        return try readSingleStatement { db in
            try PassRow.fetchOne(db, sql: RegistryDatabase.selectPass + " WHERE cnic = ? ORDER BY serial DESC LIMIT 1", arguments: [cnic.number])?
                .record(path: path)
        }
    }

    /// The pass with this serial; nil when there is none.
    public func pass(serial: Int64) throws(RegistryError) -> PassRecord? {
        let path = self.path
        return try readSingleStatement { db in
            try PassRow.fetchOne(db, sql: RegistryDatabase.selectPass + " WHERE serial = ?", arguments: [serial])?.record(path: path)
        }
    }

    /// Marks a pass revoked at `instant`; false when there is no such pass or it was already revoked.
    @discardableResult
    public func revokePass(serial: Int64, at instant: Date) throws(RegistryError) -> Bool {
        try write { db in
            try db.execute(sql: "UPDATE pass SET revoked_at = ? WHERE serial = ? AND revoked_at IS NULL", arguments: [instant.timeIntervalSince1970, serial])
            return db.changesCount == 1
        }
    }

    /// Serials of every revoked pass (for the verifier's revocation list).
    public func revokedPassSerials() throws(RegistryError) -> Set<Int64> {
        try readSingleStatement { db in Set(try Int64.fetchAll(db, sql: "SELECT serial FROM pass WHERE revoked_at IS NOT NULL")) }
    }

    private static let selectPass = "SELECT serial, cnic, issued_on, expires_on, key_id, text, revoked_at FROM pass"

    static func nextPassSerial(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT coalesce(max(serial), 0) + 1 FROM pass") ?? 1
    }

}

/// A row of `pass`, decoded by column name.
struct PassRow: FetchableRecord {
    let serial: Int64
    let cnic: Int64
    let issuedOn: String
    let expiresOn: String
    let keyID: String
    let text: String
    let revokedAt: Double?

    init(row: Row) throws {
        serial = try row.decode(forColumn: "serial")
        cnic = try row.decode(forColumn: "cnic")
        issuedOn = try row.decode(forColumn: "issued_on")
        expiresOn = try row.decode(forColumn: "expires_on")
        keyID = try row.decode(forColumn: "key_id")
        text = try row.decode(forColumn: "text")
        revokedAt = try row.decode(forColumn: "revoked_at")
    }

    /// The pass; `.corrupted` when a stored value is not one the registry writes.
    func record(path: String) throws(RegistryError) -> PassRecord {
        guard let cnic = CNIC(number: cnic), let issuedOn = StoredDate.parse(issuedOn), let expiresOn = StoredDate.parse(expiresOn) else {
            throw .corrupted(path: path)
        }
        return PassRecord(
            serial: serial, cnic: cnic, issuedOn: issuedOn, expiresOn: expiresOn, keyID: keyID, text: text,
            revokedAt: revokedAt.map(Date.init(timeIntervalSince1970:))
        )
    }
}
