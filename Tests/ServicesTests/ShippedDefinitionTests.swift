import Foundation
import IdentityCore
import Testing
@testable import Services

@Suite("Shipped service definitions")
struct ShippedDefinitionTests {
    @Test func allThreeCheckClean() {
        let problems = ServiceChecker.check(directory: Fixture.servicesFolder)
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
        #expect(Fixture.catalog.unavailable.isEmpty)
        #expect(Fixture.catalog.services.map(\.id) == ["domicile-certificate", "driving-licence-renewal", "police-character-certificate"])
    }

    @Test(arguments: ["domicile-certificate", "police-character-certificate", "driving-licence-renewal"])
    func eachIsCompleteFormatOneVersionOne(id: String) throws {
        let result = ServiceChecker.check(data: Fixture.bytes(of: id), file: "\(id).json")
        #expect(result.problems.isEmpty, "\(result.problems)")
        let service = try #require(result.definition)
        #expect(service.format == 1 && service.version == 1)
        #expect((3...6).contains(service.steps.count))
        #expect(!service.documents.isEmpty)
        #expect(service.processing.minimumWorkingDays >= 1)
        #expect(service.eligibility.minimumAge == 18 && service.eligibility.khyberPakhtunkhwaOnly)
        let prefilled = Set(service.fields.compactMap(\.prefill))
        #expect(prefilled.isSuperset(of: [.name, .fatherName, .cnic, .dateOfBirth, .district, .address, .mobile]))
        #expect(!service.rules.isEmpty)
        #expect(service.summary.en.contains("indicative"))
    }

    @Test func publicFees() {
        #expect(Fixture.domicile.fee(for: [:]) == 200)
        #expect(Fixture.character.fee(for: [:]) == 1000)
        #expect(Fixture.domicile.processing == ProcessingTime(minimumWorkingDays: 5, maximumWorkingDays: 7))
    }

    @Test func embeddedDistrictNamesMatchTheAssetFile() {
        #expect(DistrictNames.khyberPakhtunkhwa == Fixture.districts.districts.map(\.name))
    }
}
