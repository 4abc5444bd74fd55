import TestScheduling
import Testing
@testable import IdentityCore

@Suite("CNIC", .cpuBound)
struct CNICTests {
    @Test("valid numbers parse with or without dashes", arguments: [
        ("17301-1234567-1", "1730112345671", Gender.male, 173),
        ("1610176543212", "1610176543212", Gender.female, 161),
        (" 35202-1234567-9 ", "3520212345679", Gender.male, 352),
        ("71101-0000001-4", "7110100000014", Gender.female, 711),
    ])
    func parses(text: String, digits: String, gender: Gender, district: Int) throws {
        let cnic = try CNIC(text)
        #expect(cnic.digits == digits)
        #expect(cnic.gender == gender)
        #expect(cnic.districtCode == district)
        #expect(try CNIC(cnic.formatted) == cnic)
    }

    @Test("bad numbers are refused with the reason", arguments: [
        ("17301-123456-1", CNIC.ParseError.wrongLength(12)),
        ("173011234567", .wrongLength(12)),
        ("17301123456712", .wrongLength(14)),
        ("", .wrongLength(0)),
        ("1730A-1234567-1", .notDigits),
        ("17301 1234567 1", .notDigits),
        ("٣٥٢٠٢١٢٣٤٥٦٧٩", .notDigits),
        ("173011-234567-1", .misplacedDashes),
        ("17301--12345671", .misplacedDashes),
        ("8730112345671", .unknownProvince("8")),
        ("0730112345671", .unknownProvince("0")),
        ("9730112345671", .unknownProvince("9")),
        ("1730112345670", .lastDigitZero),
    ])
    func refuses(text: String, error: CNIC.ParseError) {
        #expect(throws: error) { try CNIC(text) }
    }

    @Test func formatsAndMasks() throws {
        let cnic = try CNIC("1730112345671")
        #expect(cnic.formatted == "17301-1234567-1")
        #expect(cnic.masked == "17301-•••••67-1")
        #expect(cnic.masked(with: "*") == "17301-*****67-1")
        #expect(!cnic.masked.contains("12345"))
        #expect("\(cnic)" == cnic.masked, "string interpolation must never print the full number")
        #expect(cnic.province == "Khyber Pakhtunkhwa")
        #expect(cnic.divisionCode == 17)
    }

    @Test func integerRoundTrip() throws {
        let cnic = try CNIC("16101-7654321-2")
        #expect(cnic.number == 1_610_176_543_212)
        #expect(CNIC(number: cnic.number) == cnic)
        #expect(CNIC(number: 1_730_112_345_670) == nil)
        #expect(CNIC(number: 999) == nil)
    }
}
