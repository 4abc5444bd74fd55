import ArgumentParser
import CommandLineSupport
import Foundation
import IdentityCore
import SyncProtocol
import SyntheticRegistry

/// `registry demo-seed`: the central's copy of the synthetic demo registry, the same citizens `khyber-kiosk
/// seed` gives a kiosk for the same `--citizens` and `--seed`. A province imports its real registry with
/// `registry import`; the demo (`make run`) needs the central to know the citizens an operator activates,
/// because the central accepts a PIN only for a citizen of its own registry.
struct RegistryDemoSeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-seed",
        abstract: "Give the central the synthetic demo registry (demo only; a province uses registry import)."
    )

    @Option(help: "How many synthetic citizens (besides the two demo citizens), as given to khyber-kiosk seed.")
    var citizens = 20_000
    @Option(help: "The generator's seed, as given to khyber-kiosk seed.")
    var seed: UInt64 = 1
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        guard (0...2_000_000).contains(citizens) else { throw CLIError("--citizens must be between 0 and 2000000") }
        let generator = SyntheticRegistry(seed: seed, catalog: try Assets.districtCatalog())
        let records = try generator.seedingSequence(count: citizens).map(Self.record)
        let changed = try await database.withStorage { storage in
            var total = 0
            for start in stride(from: 0, to: records.count, by: 5_000) {
                total += try await storage.upsertCitizens(Array(records[start..<min(start + 5_000, records.count)]))
            }
            return total
        }
        print("Demo: the central's registry holds the \(records.count) synthetic citizens (\(changed) changed).")
    }

    /// A citizen as `registry import` takes it (the central numbers versions itself).
    static func record(_ citizen: Citizen) -> RegistryRecord {
        RegistryRecord(
            cnic: citizen.cnic.digits, nameLatin: citizen.nameLatin, nameUrdu: citizen.nameUrdu, guardianLatin: citizen.guardianLatin,
            guardianUrdu: citizen.guardianUrdu, guardianRelation: citizen.guardianRelation.rawValue, gender: citizen.gender.rawValue,
            birthDate: citizen.birthDate.iso, districtCode: citizen.districtCode, tehsil: citizen.tehsil, address: citizen.address,
            mobile: citizen.mobile.filter(\.isNumber), version: 1)
    }
}
