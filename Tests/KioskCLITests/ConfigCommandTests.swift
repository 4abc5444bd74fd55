import Foundation
import TestScheduling
import Testing

/// Config files load with errors that name the key and the problem.
@Suite("khyber-kiosk config-check", .offCooperativePool)
struct ConfigCommandTests {
    @Test("shipped configs are valid", arguments: ["walk-in-kiosk.yaml", "operator-desk.yaml", "field-camp.yaml"])
    func shippedConfigs(file: String) throws {
        let path = CLIRunner.repository.appendingPathComponent("KioskConfig/\(file)").path
        let result = try CLIRunner.run(["config-check", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("operator exit:        enabled"))
        #expect(!result.stdout.contains("none (Urdu screens") && !result.stdout.contains("none (Pashto screens"), "every shipped config names its centre in Urdu and Pashto")
    }

    @Test func centreNamesInUrduAndPashtoAreTaken() throws {
        let file = try CLIRunner.temporaryFolder().appendingPathComponent("kiosk.yaml")
        try Data("centre_name: Peshawar Facilitation Centre\ncentre_name_ur: پشاور سہولت مرکز\ncentre_name_ps: د پېښور د اسانتیا مرکز\n".utf8).write(to: file)
        let result = try CLIRunner.run(["config-check", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("centre_name_ur:       پشاور سہولت مرکز"), "\(result.stdout)")
        #expect(result.stdout.contains("centre_name_ps:       د پېښور د اسانتیا مرکز"), "\(result.stdout)")
        let none = try CLIRunner.temporaryFolder().appendingPathComponent("kiosk.yaml")
        try Data("centre_name: Bannu Field Camp\n".utf8).write(to: none)
        let plain = try CLIRunner.run(["config-check", none.path])
        #expect(plain.status == 0 && plain.stdout.contains("centre_name_ur:       none (Urdu screens show centre_name)"), "\(plain.stdout)")
    }

    @Test("bad configs name the key", arguments: [
        ("idle_timeout_seconds: soon", "idle_timeout_seconds: expected a whole number"),
        ("idle_timeout_seconds: 5", "idle_timeout_seconds: must be between 10 and 3600, not 5"),
        ("glyphs: fancy", "glyphs: must be one of auto, unicode, ascii, not fancy"),
        ("idel_timeout_seconds: 60", "idel_timeout_seconds: unknown key"),
        ("kiosk_id: kiosk one", "kiosk_id: use 3–24 capital letters"),
        ("operator_password_hash: hunter2", "operator_password_hash: not a hash"),
        ("kiosk_id: [unclosed", "not valid YAML"),
        ("centre_name_ur: \"پشاور\\a مرکز\"", "centre_name_ur: must be the centre's name (1–80 characters, no control characters)"),
        ("centre_name_ps: \"\\e[2Jمرکز\"", "centre_name_ps: must be the centre's name (1–80 characters, no control characters)"),
        ("centre_name_ur: [پشاور]", "centre_name_ur: expected text"),
        ("centre_name_pk: Peshawar", "centre_name_pk: unknown key; known keys are kiosk_id, centre_name, centre_name_ur, centre_name_ps"),
    ])
    func badConfig(content: String, message: String) throws {
        let file = try CLIRunner.temporaryFolder().appendingPathComponent("kiosk.yaml")
        try Data("# test\n\(content)\n".utf8).write(to: file)
        let result = try CLIRunner.run(["config-check", file.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "got: \(result.stderr)")
        #expect(result.stderr.contains(file.path))
    }

    @Test func operatorPasswordHashRoundTrip() throws {
        let made = try CLIRunner.run(["operator-password"], stdin: "s3cret-desk\n")
        #expect(made.status == 0)
        #expect(made.stdout.hasPrefix("operator_password_hash: \"scrypt$14$"))
        #expect(!made.stdout.contains("s3cret-desk"))
        let file = try CLIRunner.temporaryFolder().appendingPathComponent("kiosk.yaml")
        try Data(made.stdout.utf8).write(to: file)
        #expect(try CLIRunner.run(["config-check", file.path]).status == 0)
        #expect(try CLIRunner.run(["operator-password"], stdin: "abc\n").status != 0)
    }
}
