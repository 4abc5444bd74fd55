import Foundation
import IdentityCore
import Testing
@testable import Services

/// Good and bad answers per service, field by field, as tables. `today` is 2026-11-25.
@Suite("Form validation tables")
struct ValidationTableTests {
    /// One row: an answer to one field, with the other answers it is judged beside, and the
    /// English message expected (nil = accepted).
    struct Row: CustomTestStringConvertible, Sendable {
        let field: String
        let answer: String?
        var others: [String: String] = [:]
        let expected: String?
        var testDescription: String { "\(field) = \(answer.map { "\"\($0)\"" } ?? "nil") → \(expected ?? "ok")" }
    }

    private func check(_ row: Row, in service: ServiceDefinition) throws {
        let field = try #require(service.fields.first { $0.id == row.field })
        var answers = row.others
        answers[row.field] = row.answer
        let draft = Fixture.draft(service, answers)
        let error = FormValidator.error(for: field, answer: row.answer, draft: draft, service: service, today: Fixture.today)
        #expect(error?.en == row.expected)
        if let error { #expect(!error.ur.isEmpty) }
    }

    static let domicileRows: [Row] = [
        Row(field: "fullName", answer: "Muhammad Irfan Khan", expected: nil),
        Row(field: "fullName", answer: nil, expected: "Please fill this in."),
        Row(field: "fullName", answer: String(repeating: "a", count: 81), expected: "Too long. Please write at most 80 characters."),
        Row(field: "fullName", answer: "Irfan\u{1B}[2JKhan", expected: "This had hidden characters. They were removed. Please check it."),
        Row(field: "cnic", answer: "17301-1234567-1", expected: nil),
        Row(field: "cnic", answer: "1730112345671", expected: "A CNIC looks like 17301-1234567-1."),
        Row(field: "mobile", answer: "0300-1234567", expected: nil),
        Row(field: "mobile", answer: "+92 300 1234567", expected: "A mobile number looks like 0300-1234567."),
        Row(field: "dateOfBirth", answer: "1990-04-12", expected: nil),
        Row(field: "dateOfBirth", answer: "2025-02-30", expected: "That date does not exist."),
        Row(field: "dateOfBirth", answer: "12/04/1990", expected: "Write the date as year-month-day, e.g. 2001-03-15."),
        Row(field: "dateOfBirth", answer: "2026-12-01", expected: "The date cannot be in the future."),
        Row(field: "district", answer: "Peshawar", expected: nil),
        Row(field: "district", answer: "peshawar", expected: nil),
        Row(field: "district", answer: "Lahore", expected: "Please choose a district of Khyber Pakhtunkhwa."),
        Row(field: "tehsil", answer: "P", expected: "Too short. Please write at least 2 characters."),
        Row(field: "livedSinceBirth", answer: "maybe", expected: "Please answer yes or no."),
        Row(field: "residingSince", answer: nil, others: ["livedSinceBirth": "yes"], expected: nil),
        Row(field: "residingSince", answer: nil, others: ["livedSinceBirth": "no"], expected: "Please write since when you have lived in this district."),
        Row(field: "residingSince", answer: "2015-06-01", others: ["livedSinceBirth": "no", "dateOfBirth": "1990-04-12"], expected: nil),
        Row(field: "residingSince", answer: "2024-06-01", others: ["livedSinceBirth": "no"], expected: "The date cannot be after 25 Nov 2023."),
        Row(field: "residingSince", answer: "1985-06-01", others: ["livedSinceBirth": "no", "dateOfBirth": "1990-04-12"],
            expected: "This date must be after your date of birth."),
        Row(field: "proofOfAge", answer: "matric", expected: nil),
        Row(field: "proofOfAge", answer: "passport", expected: "Please choose one of the options."),
        Row(field: "matricRollNumber", answer: nil, others: ["proofOfAge": "matric"], expected: "Please write your matric roll number."),
        Row(field: "matricRollNumber", answer: nil, others: ["proofOfAge": "birth-certificate"], expected: nil),
        Row(field: "matricRollNumber", answer: "12AB", others: ["proofOfAge": "matric"], expected: "Write the roll number in digits, 4 to 10 of them."),
        Row(field: "declaration", answer: "accepted", expected: nil),
        Row(field: "declaration", answer: nil, expected: "Please fill this in."),
        Row(field: "declaration", answer: "no", expected: "You must accept this to continue."),
    ]

    @Test(arguments: domicileRows) func domicile(row: Row) throws { try check(row, in: Fixture.domicile) }

    static let characterRows: [Row] = [
        Row(field: "purpose", answer: "job-abroad", expected: nil),
        Row(field: "country", answer: nil, others: ["goingAbroad": "yes"], expected: "Please write the country you are going to."),
        Row(field: "country", answer: nil, others: ["goingAbroad": "no"], expected: nil),
        Row(field: "passportNumber", answer: "AB1234567", others: ["goingAbroad": "yes"], expected: nil),
        Row(field: "passportNumber", answer: "AB12345", others: ["goingAbroad": "yes"], expected: "A passport number looks like AB1234567."),
        Row(field: "policeStation", answer: "Gulbahar", expected: nil),
        Row(field: "policeStation", answer: String(repeating: "ب", count: 51), expected: "Too long. Please write at most 50 characters."),
        Row(field: "residentFrom", answer: "2010-01-01", others: ["dateOfBirth": "1990-04-12"], expected: nil),
        Row(field: "residentTo", answer: "2026-11-25", others: ["residentFrom": "2010-01-01"], expected: nil),
        Row(field: "residentTo", answer: "2009-12-31", others: ["residentFrom": "2010-01-01"], expected: "The 'until' date must be after the 'from' date."),
        Row(field: "residentTo", answer: "2010-01-01", others: ["residentFrom": "2010-01-01"], expected: "The 'until' date must be after the 'from' date."),
        Row(field: "residentTo", answer: "2026-02-29", others: ["residentFrom": "2010-01-01"], expected: "That date does not exist."),
        Row(field: "previousAddress", answer: nil, others: ["livedElsewhere": "yes"], expected: "Please write your earlier address."),
        Row(field: "previousDistrict", answer: "Swat", others: ["livedElsewhere": "yes"], expected: nil),
        Row(field: "caseDetails", answer: nil, others: ["policeCase": "yes"], expected: "Please write the FIR number, police station and year."),
        Row(field: "caseDetails", answer: nil, others: ["policeCase": "no"], expected: nil),
    ]

    @Test(arguments: characterRows) func character(row: Row) throws { try check(row, in: Fixture.character) }

    static let licenceRows: [Row] = [
        Row(field: "licenceNumber", answer: "PSH-123456", expected: nil),
        Row(field: "licenceNumber", answer: "123456", expected: "Write it as on your licence card, e.g. PSH-123456."),
        Row(field: "category", answer: "htv", expected: nil),
        Row(field: "category", answer: "tractor", expected: "Please choose one of the options."),
        Row(field: "expiryDate", answer: "2025-06-30", others: ["issueDate": "2020-07-01"], expected: nil),
        Row(field: "expiryDate", answer: "2020-06-30", others: ["issueDate": "2015-07-01"], expected: "The date cannot be before 25 Nov 2021."),
        Row(field: "expiryDate", answer: "2027-06-30", others: ["issueDate": "2022-07-01"], expected: "The date cannot be after 25 Feb 2027."),
        Row(field: "expiryDate", answer: "2023-01-01", others: ["issueDate": "2024-01-01"], expected: "The expiry date must be after the date of issue."),
        Row(field: "issueDate", answer: "1985-01-01", others: ["dateOfBirth": "1990-04-12"], expected: "The date of issue must be after your date of birth."),
        Row(field: "wearsGlasses", answer: "yes", expected: nil),
        Row(field: "bloodGroup", answer: nil, expected: nil),
        Row(field: "medicalFitness", answer: nil, expected: "Please fill this in."),
        Row(field: "medicalFitness", answer: "accepted", expected: nil),
    ]

    @Test(arguments: licenceRows) func licence(row: Row) throws { try check(row, in: Fixture.licence) }

    @Test func numberFieldRangeAndDigits() throws {
        let service = try #require(ServiceChecker.check(data: Data(MinimalDefinition.json.utf8), file: MinimalDefinition.file).definition)
        let members = try #require(service.fields.first { $0.id == "members" })
        let draft = Fixture.draft(service, [:])
        func error(_ answer: String) -> String? {
            FormValidator.error(for: members, answer: answer, draft: draft, service: service, today: Fixture.today)?.en
        }
        #expect(error("4") == nil)
        #expect(error("0") == "The number must be 1 or more.")
        #expect(error("21") == "The number must be 20 or less.")
        #expect(error("four") == "Please write a number, digits only.")
        #expect(error("99999999999999999999999") == "The number must be 20 or less.")
    }
}
