import Foundation
import GRDB
import IdentityCore

/// The citizen columns every citizen query selects, in a fixed order, and their decoding by index.
enum CitizenColumns {
    /// `citizen c LEFT JOIN pin_credential p`: twelve citizen columns, then five PIN columns.
    static let select = """
        SELECT c.cnic, c.name_latin, c.name_urdu, c.guardian_latin, c.guardian_urdu, c.guardian_relation,
               c.gender, c.birth_date, c.district_code, c.tehsil, c.address, c.mobile,
               p.hash, p.salt, p.cost, p.failed_attempts, p.locked_until
        FROM citizen c LEFT JOIN pin_credential p ON p.cnic = c.cnic
        """

    /// Builds the citizen from a row of `select` (columns by position, no name lookups).
    static func citizen(from row: Row, path: String) throws -> Citizen {
        guard let cnic = CNIC(number: try row.decode(atIndex: 0)),
              let relation = GuardianRelation(rawValue: try row.decode(atIndex: 5)),
              let gender = Gender(rawValue: try row.decode(atIndex: 6)),
              let birthDate = StoredDate.parse(try row.decode(String.self, atIndex: 7))
        else { throw RegistryError.corrupted(path: path) }
        var pin: PINCredential?
        if let hash = try row.decode(Data?.self, atIndex: 12), let salt = try row.decode(Data?.self, atIndex: 13) {
            let lockedUntil = (try row.decode(Double?.self, atIndex: 16)).map(Date.init(timeIntervalSince1970:))
            pin = PINCredential(hash: hash, salt: salt, costLog2: try row.decode(atIndex: 14), failedAttempts: try row.decode(atIndex: 15), lockedUntil: lockedUntil)
        }
        return Citizen(
            cnic: cnic, nameLatin: try row.decode(atIndex: 1), nameUrdu: try row.decode(atIndex: 2), guardianLatin: try row.decode(atIndex: 3), guardianUrdu: try row.decode(atIndex: 4),
            guardianRelation: relation, gender: gender, birthDate: birthDate, districtCode: try row.decode(atIndex: 8),
            tehsil: try row.decode(atIndex: 9), address: try row.decode(atIndex: 10), mobile: try row.decode(atIndex: 11), pin: pin
        )
    }

    /// Runs a prepared `select` statement and decodes every row.
    static func citizens(_ statement: Statement, path: String) throws -> [Citizen] {
        var result: [Citizen] = []
        let rows = try Row.fetchCursor(statement)
        while let row = try rows.next() { result.append(try citizen(from: row, path: path)) }
        return result
    }

    /// Runs a prepared `select` statement and decodes its first row.
    static func firstCitizen(_ statement: Statement, path: String) throws -> Citizen? {
        let rows = try Row.fetchCursor(statement)
        guard let row = try rows.next() else { return nil }
        return try citizen(from: row, path: path)
    }
}
