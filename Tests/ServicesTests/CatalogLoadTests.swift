import Foundation
import Testing
@testable import Services

@Suite("Service catalog loading")
struct CatalogLoadTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("services-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func oneBrokenFileLeavesTheOthersWorking() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for id in ["domicile-certificate", "driving-licence-renewal"] {
            try Fixture.bytes(of: id).write(to: folder.appendingPathComponent("\(id).json"))
        }
        let broken = String(decoding: Fixture.bytes(of: "police-character-certificate"), as: UTF8.self)
            .replacingOccurrences(of: "\"format\": 1", with: "\"format\": 7")
        try Data(broken.utf8).write(to: folder.appendingPathComponent("police-character-certificate.json"))
        try Data("not json".utf8).write(to: folder.appendingPathComponent("garbage.json"))
        try Data("ignored".utf8).write(to: folder.appendingPathComponent("README.txt"))

        let catalog = ServiceCatalog.load(directory: folder)
        #expect(catalog.services.map(\.id) == ["domicile-certificate", "driving-licence-renewal"])
        #expect(catalog.service(id: "police-character-certificate") == nil)
        #expect(catalog.unavailable.map(\.file) == ["garbage.json", "police-character-certificate.json"])
        let character = catalog.unavailable[1]
        #expect(character.id == "police-character-certificate")
        #expect(character.title?.en == "Police Character Certificate")
        #expect(character.problems.map(\.description) == ["police-character-certificate.json: format 7 is not known; this kiosk reads format 1"])
        #expect(catalog.unavailable[0].id == nil && !catalog.unavailable[0].problems.isEmpty)
        #expect(ServiceChecker.check(directory: folder).count == 2)
    }

    @Test func unreadableFolderIsOneProblem() {
        let missing = URL(fileURLWithPath: "/nonexistent/services-\(UUID().uuidString)")
        let catalog = ServiceCatalog.load(directory: missing)
        #expect(catalog.services.isEmpty)
        #expect(catalog.unavailable.count == 1)
        #expect(catalog.unavailable[0].problems.count == 1)
        #expect(catalog.unavailable[0].problems[0].reason.hasPrefix("cannot read the services folder"))
    }

    @Test func servicesAreSortedByEnglishTitle() {
        #expect(Fixture.catalog.services.map(\.title.en) == ["Domicile Certificate", "Driving Licence Renewal", "Police Character Certificate"])
    }
}
