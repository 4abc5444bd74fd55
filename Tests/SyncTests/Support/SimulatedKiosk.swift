import Foundation
import IdentityCore
import KioskStore
import KioskSync
import Services
import SyntheticRegistry
import Testing

/// A kiosk for the sync tests: its own real registry file (demo citizens plus a few synthetic ones)
/// with real applications made through the same submit path the screen uses.
struct SimulatedKiosk: Sendable {
    let kioskID: String
    let folder: URL
    let registry: RegistryDatabase
    /// Its device and issuer keys (DATA/device-key.json, DATA/issuer-keys.json), made with the kiosk.
    let keys: DeviceKeys

    static let districts: DistrictCatalog = {
        try! DistrictCatalog(json: Data(contentsOf: TestPaths.repository.appendingPathComponent("Assets/districts.json")))
    }()
    static let services = ServiceCatalog.load(directory: TestPaths.repository.appendingPathComponent("Assets/services")).services

    /// A kiosk folder under `root` with `applications` submitted applications.
    static func make(_ kioskID: String, applications: Int, in root: URL, seed: UInt64 = 7) throws -> SimulatedKiosk {
        let folder = root.appendingPathComponent(kioskID)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Every kiosk starts from one seeded registry file (seeding the demo citizens hashes their PINs
        // with scrypt, a quarter of a second each time), then makes its own applications.
        try FileManager.default.copyItem(at: try template(), to: folder.appendingPathComponent("registry.sqlite"))
        let registry = try RegistryDatabase(url: folder.appendingPathComponent("registry.sqlite"))
        let kiosk = SimulatedKiosk(kioskID: kioskID, folder: folder, registry: registry, keys: try Self.keys(folder))
        try kiosk.submit(applications, seed: seed)
        return kiosk
    }

    /// A registry file with the demo citizens and 12 synthetic ones, made once per test run.
    private static func template() throws -> URL {
        try templateFile.get()
    }

    private static let templateFile: Result<URL, any Error> = Result {
        let url = try TestPaths.temporaryFolder().appendingPathComponent("template-registry.sqlite")
        let registry = try RegistryDatabase(url: url)
        try RegistrySeeder(database: registry, batchSize: 500)
            .seed(try SyntheticRegistry(seed: 7, catalog: districts).seedingSequence(count: 12), expectedCount: 14)
        try registry.close()
        return url
    }

    /// The same kiosk with its registry opened again (after a test changed the file directly).
    static func reopen(_ kiosk: SimulatedKiosk) throws -> SimulatedKiosk {
        SimulatedKiosk(
            kioskID: kiosk.kioskID, folder: kiosk.folder, registry: try RegistryDatabase(url: kiosk.folder.appendingPathComponent("registry.sqlite")),
            keys: try keys(kiosk.folder)
        )
    }

    private static func keys(_ folder: URL) throws -> DeviceKeys {
        guard let keys = try DeviceKeys.load(folder: folder, create: true) else { throw SyncTestError("no kiosk keys in \(folder.path)") }
        return keys
    }

    /// Submits `count` more applications.
    func submit(_ count: Int, seed: UInt64 = 7) throws {
        guard count > 0 else { return }
        var random = SplitMix64(seed: seed &+ UInt64(try registry.applicationCount()))
        let seeder = ApplicationSeeder(submitter: ApplicationSubmitter(registry: registry, kioskID: kioskID), services: Self.services, districts: Self.districts, batchSize: count)
        let start = Date()
        let made = try seeder.seed(count: count, using: &random) { _ in start }
        guard made == count else { throw SyncTestError("only \(made) of \(count) applications could be made") }
    }

    /// An engine that talks HTTP to `centralURL`.
    func engine(_ centralURL: String, batchSize: Int = 200, districts: [Int] = []) async throws -> (SyncEngine, HTTPSyncTransport) {
        do { try await TestEnrolment.ensure(self, at: centralURL) } catch { Issue.record("enrolment at \(centralURL) failed: \(error)") }
        let transport = try transport(centralURL)
        let engine = SyncEngine(registry: registry, transport: transport, settings: .init(batchSize: batchSize, districts: districts))
        await engine.setKioskID(kioskID)
        return (engine, transport)
    }

    /// One sync round against `centralURL`.
    /// An address the kiosk refuses ends the round as a refusal, before anything is sent.
    func syncOnce(_ centralURL: String, batchSize: Int = 200) async -> SyncRoundReport {
        let engine: SyncEngine, transport: HTTPSyncTransport
        do { (engine, transport) = try await self.engine(centralURL, batchSize: batchSize) } catch {
            var report = SyncRoundReport()
            report.stoppedBy = .central(.refused(status: 0, message: "\(error)"))
            return report
        }
        let report = await engine.syncOnce()
        await transport.shutdown()
        return report
    }

    /// A transport to `centralURL` that signs as this kiosk.
    func transport(_ centralURL: String) throws -> HTTPSyncTransport {
        try HTTPSyncTransport(centralURL: centralURL, signer: keys.signer(kioskID: canonicalID))
    }

    /// The canonical id the outbox carries.
    var canonicalID: String { RegistryDatabase.canonicalKioskID(kioskID) }
}
