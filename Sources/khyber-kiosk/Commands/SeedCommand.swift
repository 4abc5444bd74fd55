import ArgumentParser
import Foundation
import KioskStore
import SyntheticRegistry

/// `seed`: fills the registry with a deterministic synthetic population and the two demo citizens.
struct SeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Add synthetic citizens (and the two demo citizens) to the registry.",
        discussion: """
        The same --seed always gives the same citizens, and a larger --citizens extends a smaller one,
        so re-running adds nothing twice. Names are Pashto/Urdu names in Latin and Urdu script; families
        share a father's name and district; CNICs start with the district's code and end in an odd digit
        for men, an even one for women. Demo citizens: 17301-1234567-1 (PIN 1357), 16101-7654321-2 (PIN 2468).
        """
    )

    @Option(help: "How many synthetic citizens the registry should hold (besides the demo citizens).")
    var citizens: Int = 20_000

    @Option(help: "The generator's seed.")
    var seed: UInt64 = 1

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        guard (0...20_000_000).contains(citizens) else { throw ValidationError("--citizens must be between 0 and 20,000,000") }
    }

    func run() throws {
        let folder = dataOptions.folder
        let registry = try folder.openRegistry(creating: true)
        let generator = SyntheticRegistry(seed: seed, catalog: try Assets.districtCatalog())
        let bar = ProgressBar(label: "Seeding")
        let started = Date()
        let added: Int
        do {
            added = try RegistrySeeder(database: registry).seed(
                try generator.seedingSequence(count: citizens), expectedCount: citizens + 2,
                progress: { done, total in bar.update(done: done, total: total) }
            )
        } catch let error as RegistryError {
            bar.finish()
            throw CLIError(error.description)
        }
        bar.finish()
        _ = try folder.signer()
        let total = try registry.citizenCount()
        let seconds = Date().timeIntervalSince(started)
        print(String(format: "Added %d citizens in %.1f s; the registry in %@ now holds %d.", added, seconds, folder.registryURL.path, total))
    }
}
