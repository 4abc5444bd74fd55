import IdentityCore
import SyncProtocol

/// The checks a registry record passes before the central store keeps it, and what counts as a change.
enum RegistryRecordCheck {
    /// Throws `.invalid` naming the record's position (1-based) and the field, never the CNIC.
    static func check(_ record: RegistryRecord, position: Int) throws(CentralStorageError) {
        func fail(_ why: String) -> CentralStorageError { .invalid("registry record \(position): \(why)") }
        guard isDigits(record.cnic, count: 13) else { throw fail("the CNIC is not 13 digits") }
        guard ["s/o", "d/o", "w/o"].contains(record.guardianRelation) else { throw fail("the guardian relation is not s/o, d/o or w/o") }
        guard ["male", "female"].contains(record.gender) else { throw fail("the gender is not male or female") }
        guard isDate(record.birthDate) else { throw fail("the birth date is not a date written YYYY-MM-DD") }
        // The wire's spelling of the one normal form (`MobileNumber`): the kiosk files it as `03xx-xxxxxxx`.
        guard MobileNumber.wireForm(record.mobile) == record.mobile else { throw fail("the mobile number is not 11 digits starting 03") }
        guard (100...999).contains(record.districtCode) else { throw fail("the district code \(record.districtCode) is not a three-digit code like 173 (see Assets/districts.json)") }
        guard !record.nameLatin.isEmpty else { throw fail("the Latin name is empty") }
        guard record.hasPlainText else { throw fail("a name, the tehsil or the address holds a control character or is longer than 400 bytes") }
    }

    /// True when the two records differ in anything but `version`.
    static func contentDiffers(_ lhs: RegistryRecord, _ rhs: RegistryRecord) -> Bool {
        var left = lhs
        left.version = rhs.version
        return left != rhs
    }

    /// The records to store: every record checked, and for a CNIC given more than once, the last one.
    static func lastPerCNIC(_ records: [RegistryRecord]) throws(CentralStorageError) -> [RegistryRecord] {
        var lastIndex: [String: Int] = [:]
        for (index, record) in records.enumerated() {
            try check(record, position: index + 1)
            lastIndex[record.cnic] = index
        }
        return records.enumerated().filter { lastIndex[$0.element.cnic] == $0.offset }.map(\.element)
    }

    private static func isDigits(_ text: String, count: Int) -> Bool {
        text.utf8.count == count && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    private static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              year >= 1850, (1...12).contains(month) else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }
}
