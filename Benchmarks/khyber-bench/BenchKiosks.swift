import Foundation
import IdentityCore
import KioskStore
import Services
import SyntheticRegistry

/// Kiosk registry files for the sync section: a small seeded registry (synthetic citizens + the 2 demo
/// ones) made once, then copied and given applications through `ApplicationSeeder` (the real submit
/// path) under a kiosk id of its own. Every file is closed (one self-contained file) so it can be copied.
struct BenchKiosks {
    let folder: URL
    let services: [ServiceDefinition]
    let districts: DistrictCatalog

    init(folder: URL) throws {
        self.folder = folder
        services = try SubmitBenchSupport.serviceCatalog().services
        districts = try StoreBenchSupport.catalog()
        guard !services.isEmpty else { throw StoreBenchError(description: "no services in Assets/services") }
    }

    /// A registry of `citizens` synthetic citizens (+2 demo) with no applications, at `name`.
    func template(_ name: String, citizens: Int, seed: UInt64) throws -> URL {
        let url = folder.appendingPathComponent(name)
        Self.remove(url)
        let registry = try RegistryDatabase(url: url)
        let generator = SyntheticRegistry(seed: seed, catalog: districts)
        try RegistrySeeder(database: registry, batchSize: 5_000).seed(try generator.seedingSequence(count: citizens), expectedCount: citizens + 2)
        try registry.close()
        return url
    }

    /// A copy of `template` at `url` with `applications` pending applications of kiosk `kioskID`,
    /// `batchSize` per transaction.
    func kiosk(from template: URL, at url: URL, kioskID: String, applications: Int, batchSize: Int, seed: UInt64) throws {
        Self.remove(url)
        try FileManager.default.copyItem(at: template, to: url)
        let registry = try RegistryDatabase(url: url)
        let seeder = ApplicationSeeder(
            submitter: ApplicationSubmitter(registry: registry, kioskID: kioskID), services: services, districts: districts, batchSize: batchSize)
        var random = SplitMix64(seed: seed)
        let start = Date().addingTimeInterval(-86_400)
        let made = try seeder.seed(count: applications, using: &random) { start.addingTimeInterval(Double($0)) }
        try registry.close()
        guard made == applications else {
            throw StoreBenchError(description: "only \(made) of \(applications) applications could be made for \(kioskID)")
        }
    }

    /// Copies a closed registry file to `url` (replacing what was there) and opens it.
    static func open(copyOf source: URL, at url: URL) throws -> RegistryDatabase {
        remove(url)
        try FileManager.default.copyItem(at: source, to: url)
        return try RegistryDatabase(url: url)
    }

    /// Removes a database file and its -wal / -shm companions.
    static func remove(_ url: URL) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
    }
}
