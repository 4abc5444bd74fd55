import ArgumentParser
import CommandLineSupport
import Foundation
import KioskStore
import Services
import SyntheticRegistry

/// `seed`: fills the registry with a deterministic synthetic population and the two demo citizens.
struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Add synthetic citizens (and the two demo citizens) to the registry.",
        discussion: """
        The same --seed always gives the same citizens, and a larger --citizens extends a smaller one, so \
        re-running adds nothing twice. Names are Pashto/Urdu names in Latin and Urdu script; families share a \
        father's name and district; CNICs start with the district's code and end in an odd digit for men, an \
        even one for women. Demo citizens: 17301-1234567-1 (PIN 1357), 16101-7654321-2 (PIN 2468).

        --applications N then submits N demo applications through the kiosk's own submit path (eligibility, \
        form validation, one transaction with its outbox row) for citizens drawn at random from the registry, \
        as kiosk --kiosk-id. Each run ADDS N more: applications are events, not a population, so they are \
        never deduplicated; the draw is deterministic for a given --seed and the number of applications the \
        kiosk already has, so two runs pick different citizens.
        """
    )

    @Option(help: "How many synthetic citizens the registry should hold (besides the demo citizens).")
    var citizens: Int = 20_000

    @Option(help: "The generator's seed.")
    var seed: UInt64 = 1

    @Option(help: "How many demo applications to submit after seeding citizens (each run adds this many).")
    var applications: Int = 0

    @Option(help: "The kiosk id the demo applications are submitted as (default: the config's kiosk_id, so they sync as this kiosk).")
    var kioskID: String?

    @Option(help: "A kiosk config file (its kiosk_id is the default --kiosk-id).") var config: String?

    /// The kiosk's own id: the flag, else the config's, else the default config's.
    var resolvedKioskID: String {
        get throws {
            if let kioskID { return kioskID }
            guard let config else { return KioskConfiguration().kioskID }
            do { return try KioskConfiguration.load(from: config).kioskID } catch { throw CLIError(error.description) }
        }
    }

    @OptionGroup var dataOptions: DataOptions

    func validate() throws {
        guard (0...20_000_000).contains(citizens) else { throw ValidationError("--citizens must be between 0 and 20,000,000") }
        guard (0...10_000_000).contains(applications) else { throw ValidationError("--applications must be between 0 and 10,000,000") }
    }

    func run() async throws {
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
        if applications > 0 { try seedApplications(registry: registry) }
    }

    /// Submits `applications` demo applications through `ApplicationSubmitter`.
    private func seedApplications(registry: RegistryDatabase) throws {
        let catalog = try Assets.serviceCatalog()
        guard !catalog.services.isEmpty else { throw CLIError("no services in Assets/services to apply for") }
        let before: Int
        do { before = try registry.applicationCount() } catch { throw CLIError(error.description) }
        var random = SplitMix64(seed: seed, index: UInt64(before) &+ 0xA991_1CA7)
        let kioskID = try resolvedKioskID
        let seeder = ApplicationSeeder(
            submitter: ApplicationSubmitter(registry: registry, kioskID: kioskID), services: catalog.services,
            districts: try Assets.districtCatalog()
        )
        let bar = ProgressBar(label: "Applications")
        let started = Date()
        let made: Int
        do {
            made = try seeder.seed(count: applications, using: &random, time: { _ in Date() }, progress: { bar.update(done: $0, total: $1) })
        } catch {
            bar.finish()
            throw CLIError(error.description)
        }
        bar.finish()
        let total: Int
        do { total = try registry.applicationCount() } catch { throw CLIError(error.description) }
        let seconds = Date().timeIntervalSince(started)
        print(String(format: "Submitted %d applications as kiosk %@ in %.1f s; the kiosk now holds %d.", made, kioskID, seconds, total))
        if made < applications { throw CLIError("only \(made) of \(applications) applications could be made: too few eligible citizens") }
    }
}
