import Foundation
import IdentityCore
@testable import Services

/// Shared fixtures: the repository's real assets (found from this file's path), a fixed "today",
/// and the demo citizens.
enum Fixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let servicesFolder = repository.appendingPathComponent("Assets/services", isDirectory: true)
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!

    static let districts: DistrictCatalog = {
        let data = try! Data(contentsOf: repository.appendingPathComponent("Assets/districts.json"))
        return try! DistrictCatalog(json: data)
    }()

    static let catalog = ServiceCatalog.load(directory: servicesFolder)

    static func service(_ id: String) -> ServiceDefinition {
        guard let service = catalog.service(id: id) else { fatalError("\(id) is not in Assets/services: \(catalog.unavailable)") }
        return service
    }

    static var domicile: ServiceDefinition { service("domicile-certificate") }
    static var character: ServiceDefinition { service("police-character-certificate") }
    static var licence: ServiceDefinition { service("driving-licence-renewal") }

    static func bytes(of id: String) -> Data {
        try! Data(contentsOf: servicesFolder.appendingPathComponent("\(id).json"))
    }

    /// Muhammad Irfan Khan of Peshawar, born 1990-04-12.
    static let irfan = Citizen(
        cnic: try! CNIC("17301-1234567-1"), nameLatin: "Muhammad Irfan Khan", nameUrdu: "محمد عرفان خان",
        guardianLatin: "Gul Khan", guardianUrdu: "گل خان", guardianRelation: .sonOf, gender: .male,
        birthDate: CalendarDate(year: 1990, month: 4, day: 12)!, districtCode: 173, tehsil: "Peshawar City",
        address: "House 12, Street 4, Gulbahar, Peshawar", mobile: "0300-1234567"
    )

    static func draft(_ service: ServiceDefinition, _ answers: [String: String]) -> ApplicationDraft {
        ApplicationDraft(serviceID: service.id, serviceVersion: service.version, cnic: irfan.cnic, answers: answers)
    }
}
