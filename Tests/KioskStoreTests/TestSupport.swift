import Foundation
import IdentityCore
import KioskStore
import SyntheticRegistry

/// A fresh folder under the system temp folder, removed by `remove()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

enum Fixtures {
    /// The province's districts from Assets/districts.json.
    static let catalog: DistrictCatalog = {
        let assets = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Assets/districts.json")
        return try! DistrictCatalog(json: Data(contentsOf: assets))
    }()

    static let generator = SyntheticRegistry(seed: 42, catalog: catalog)

    /// A registry file seeded with the demo citizens and `count` synthetic ones.
    static func seededRegistry(in folder: TemporaryFolder, count: Int = 2_000) throws -> RegistryDatabase {
        let database = try RegistryDatabase(url: folder.file("registry.sqlite"))
        try RegistrySeeder(database: database, batchSize: 500).seed(try generator.seedingSequence(count: count), expectedCount: count + 2)
        return database
    }

    /// A citizen for tests that need exact names.
    static func citizen(_ cnic: String, _ name: String, _ urdu: String, guardian: String, guardianUrdu: String,
                        district: Int, mobile: String = "0300-0000001") -> Citizen {
        let parsed = try! CNIC(cnic)
        return Citizen(
            cnic: parsed, nameLatin: name, nameUrdu: urdu, guardianLatin: guardian, guardianUrdu: guardianUrdu,
            guardianRelation: parsed.gender == .male ? .sonOf : .daughterOf, gender: parsed.gender,
            birthDate: CalendarDate(year: 1980, month: 1, day: 1)!, districtCode: district, tehsil: "Tehsil",
            address: "House 1, Street 1, Mohalla Test, Tehsil, District", mobile: mobile
        )
    }
}
