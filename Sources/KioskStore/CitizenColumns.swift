import Foundation
import GRDB
import IdentityCore

/// The citizen columns every citizen query selects, and the prepared-statement helpers that decode them.
enum CitizenColumns {
    /// `citizen c LEFT JOIN pin_credential p`: the twelve citizen columns, then the five PIN columns.
    static let select = """
        SELECT c.cnic, c.name_latin, c.name_urdu, c.guardian_latin, c.guardian_urdu, c.guardian_relation,
               c.gender, c.birth_date, c.district_code, c.tehsil, c.address, c.mobile,
               p.hash, p.salt, p.cost, p.failed_attempts, p.locked_until
        FROM citizen c LEFT JOIN pin_credential p ON p.cnic = c.cnic
        """

    /// Runs a prepared `select` statement and decodes every row.
    static func citizens(_ statement: Statement, path: String) throws -> [Citizen] {
        var result: [Citizen] = []
        let rows = try CitizenRow.fetchCursor(statement)
        while let row = try rows.next() { result.append(try row.citizen(path: path)) }
        return result
    }

    /// Runs a prepared `select` statement and decodes its first row.
    static func firstCitizen(_ statement: Statement, path: String) throws -> Citizen? {
        let rows = try CitizenRow.fetchCursor(statement)
        return try rows.next()?.citizen(path: path)
    }
}

/// A row of `CitizenColumns.select`, decoded by column name (the statement resolves each name once).
struct CitizenRow: FetchableRecord {
    let cnic: Int64
    let nameLatin: String
    let nameUrdu: String
    let guardianLatin: String
    let guardianUrdu: String
    let guardianRelation: String
    let gender: String
    let birthDate: String
    let districtCode: Int
    let tehsil: String
    let address: String
    let mobile: String
    let pin: PINRow?

    init(row: Row) throws {
        cnic = try row.decode(forColumn: "cnic")
        nameLatin = try row.decode(forColumn: "name_latin")
        nameUrdu = try row.decode(forColumn: "name_urdu")
        guardianLatin = try row.decode(forColumn: "guardian_latin")
        guardianUrdu = try row.decode(forColumn: "guardian_urdu")
        guardianRelation = try row.decode(forColumn: "guardian_relation")
        gender = try row.decode(forColumn: "gender")
        birthDate = try row.decode(forColumn: "birth_date")
        districtCode = try row.decode(forColumn: "district_code")
        tehsil = try row.decode(forColumn: "tehsil")
        address = try row.decode(forColumn: "address")
        mobile = try row.decode(forColumn: "mobile")
        pin = try row.decode(Data?.self, forColumn: "hash") == nil ? nil : try PINRow(row: row)
    }

    /// The citizen; `.corrupted` when a stored value is not one the registry writes.
    func citizen(path: String) throws(RegistryError) -> Citizen {
        guard let cnic = CNIC(number: cnic), let relation = GuardianRelation(rawValue: guardianRelation),
              let gender = Gender(rawValue: gender), let birthDate = StoredDate.parse(birthDate)
        else { throw .corrupted(path: path) }
        return Citizen(
            cnic: cnic, nameLatin: nameLatin, nameUrdu: nameUrdu, guardianLatin: guardianLatin, guardianUrdu: guardianUrdu,
            guardianRelation: relation, gender: gender, birthDate: birthDate, districtCode: districtCode,
            tehsil: tehsil, address: address, mobile: mobile, pin: pin?.credential
        )
    }
}

/// The `pin_credential` columns of a row, decoded by column name.
struct PINRow: FetchableRecord {
    let credential: PINCredential

    init(row: Row) throws {
        credential = PINCredential(
            hash: try row.decode(forColumn: "hash"), salt: try row.decode(forColumn: "salt"), costLog2: try row.decode(forColumn: "cost"),
            failedAttempts: try row.decode(forColumn: "failed_attempts"),
            lockedUntil: (try row.decode(Double?.self, forColumn: "locked_until")).map(Date.init(timeIntervalSince1970:))
        )
    }
}
