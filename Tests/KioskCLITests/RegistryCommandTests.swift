import Foundation
import TestScheduling
import Testing

/// `seed` and `lookup` through the real binary, plus what a broken data folder looks like to an operator.
@Suite("khyber-kiosk seed and lookup", .serialized, .offCooperativePool)
struct RegistryCommandTests {
    @Test func seedIsIdempotentAndLookupMasks() throws {
        let data = try CLIRunner.temporaryFolder()
        let first = try CLIRunner.run(["seed", "--citizens", "500", "--seed", "7", "--data", data.path])
        #expect(first.status == 0)
        #expect(first.stdout.contains("now holds 502"))
        let again = try CLIRunner.run(["seed", "--citizens", "500", "--seed", "7", "--data", data.path])
        #expect(again.stdout.contains("Added 0 citizens"), "re-running adds nothing twice: \(again.stdout)")
        #expect(again.stdout.contains("now holds 502"))

        let byCNIC = try CLIRunner.run(["lookup", "--cnic", "16101-7654321-2", "--data", data.path])
        #expect(byCNIC.status == 0)
        #expect(byCNIC.stdout.contains("Ayesha Bibi") && byCNIC.stdout.contains("Sher Zaman") && byCNIC.stdout.contains("Mardan"))
        #expect(byCNIC.stdout.contains("16101-•••••21-2") && !byCNIC.stdout.contains("7654321"))

        let byName = try CLIRunner.run(["lookup", "--name", "mohammad irfan khaan", "--data", data.path])
        #expect(byName.status == 0)
        #expect(byName.stdout.split(separator: "\n").first?.contains("Muhammad Irfan Khan") == true, "best match first: \(byName.stdout)")

        let urdu = try CLIRunner.run(["lookup", "--name", "عائشہ", "--district", "Mardan", "--data", data.path])
        #expect(urdu.stdout.contains("Ayesha Bibi"))

        let missing = try CLIRunner.run(["lookup", "--cnic", "17301-0000001-1", "--data", data.path])
        #expect(missing.status != 0 && missing.stderr.contains("no citizen found"))
        let twoWays = try CLIRunner.run(["lookup", "--cnic", "17301-1234567-1", "--name", "x", "--data", data.path])
        #expect(twoWays.status != 0 && twoWays.stderr.contains("exactly one"))
    }

    @Test func corruptedRegistryGetsAClearMessage() throws {
        let data = try CLIRunner.temporaryFolder()
        let registry = data.appendingPathComponent("registry.sqlite")
        let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try garbage.write(to: registry)
        let result = try CLIRunner.run(["lookup", "--cnic", "17301-1234567-1", "--data", data.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains(registry.path), "the message names the file: \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(try Data(contentsOf: registry) == garbage, "the file is left as it was")
    }
}
