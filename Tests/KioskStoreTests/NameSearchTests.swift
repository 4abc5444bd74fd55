import IdentityCore
import KioskStore
import SyntheticRegistry
import TestScheduling
import Testing

@Suite(.cpuBound) struct NameSearchTests {
    /// A small registry with namesakes and spelling variants, plus synthetic citizens around them.
    private func registry(_ folder: TemporaryFolder) throws -> RegistryDatabase {
        let database = try Fixtures.seededRegistry(in: folder, count: 3_000)
        let people = [
            Fixtures.citizen("17301-1111111-1", "Mohammad Zarghun Khaan", "محمد زرغون خان", guardian: "Sher Ali Khan", guardianUrdu: "شیر علی خان", district: 173),
            Fixtures.citizen("16101-1111111-3", "Muhammad Zarghun Khan", "محمد زرغون خان", guardian: "Gul Zaman Khan", guardianUrdu: "گل زمان خان", district: 161),
            Fixtures.citizen("17302-2222222-2", "Aisha Gulalai", "عائشہ گلالئی", guardian: "Yusuf Afridi", guardianUrdu: "یوسف آفریدی", district: 173),
            Fixtures.citizen("17303-3333333-5", "Zarak Shinwari", "زرک شنواری", guardian: "Muhammad Zarghun Khan", guardianUrdu: "محمد زرغون خان", district: 173),
        ]
        for person in people { try database.add(person) }
        return database
    }

    @Test func spellingVariantsFindEachOther() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try registry(folder)
        let results = try registry.search("Muhammad Zarghun Khan")
        let cnics = results.map(\.cnic.formatted)
        #expect(cnics.contains("17301-1111111-1"), "Mohammad … Khaan found for Muhammad … Khan")
        #expect(cnics.contains("16101-1111111-3"))
        #expect(Array(cnics.prefix(2)) == ["16101-1111111-3", "17301-1111111-1"], "the exact spelling ranks first")
        let guardianOnly = try #require(results.first { $0.cnic.formatted == "17303-3333333-5" })
        #expect(guardianOnly.matchedIn == .guardian)
        #expect(guardianOnly.score < results[1].score, "a match only in the father's name ranks below")

        #expect(try registry.search("Yousaf Afridi").contains { $0.cnic.formatted == "17302-2222222-2" && $0.matchedIn == .guardian })
        #expect(try registry.search("Ayesha Gulalai").first?.cnic.formatted == "17302-2222222-2")
        #expect(try registry.search("Khaan").count == 20)
    }

    @Test func urduQueriesMatchUrduNames() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try registry(folder)
        let cnics = try registry.search("محمد زرغون خان").map(\.cnic.formatted)
        #expect(Array(cnics.prefix(2)).sorted() == ["16101-1111111-3", "17301-1111111-1"])
        let arabicForms = try registry.search("عائشه گلالئي").map(\.cnic.formatted) // Arabic heh and yeh
        #expect(arabicForms.first == "17302-2222222-2")
        #expect(try registry.search("عرفان").contains { $0.cnic == DemoCitizens.irfan.cnic })
    }

    @Test func namesakesAreToldApartByFatherAndDistrict() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try registry(folder)
        let namesakes = try registry.search("Zarghun Khan").filter { $0.matchedIn == .name }
        let peshawar = try #require(namesakes.first { $0.districtCode == 173 })
        let mardan = try #require(namesakes.first { $0.districtCode == 161 })
        #expect(peshawar.guardianLatin == "Sher Ali Khan" && peshawar.guardianRelation == .sonOf)
        #expect(mardan.guardianLatin == "Gul Zaman Khan")
        #expect(try registry.search("Zarghun Khan", district: 161).allSatisfy { $0.districtCode == 161 })
        #expect(try registry.search("Zarghun Khan", district: 161).contains { $0.cnic == mardan.cnic })
        #expect(try registry.search("Zarghun Gul Zaman").first?.cnic == mardan.cnic, "father's name narrows it down")
    }

    @Test func partialTypingFindsByPrefix() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try registry(folder)
        #expect(try registry.search("Muhammad Irf").contains { $0.cnic == DemoCitizens.irfan.cnic })
        #expect(try registry.search("Aisha Gula").first?.cnic.formatted == "17302-2222222-2")
        #expect(try registry.search("Ayesha B", district: 161).contains { $0.cnic == DemoCitizens.ayesha.cnic })
    }

    @Test(arguments: ["\"", "*", "AND", "(", ")", "Khan\"", "\"Khan", "Khan*", "Khan AND", "OR NOT", "NEAR(Khan", "^Khan", "(Khan)",
                      "{name}: Khan", "name:Khan", "-", "", "   ", "'; DROP TABLE citizen; --", "١٢٣", "⸮"])
    func queryTextNeverBreaksTheIndex(_ text: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 200)
        let results = try registry.search(text)
        if ["Khan\"", "\"Khan", "Khan*", "^Khan", "(Khan)"].contains(text) { #expect(!results.isEmpty, "\(text) still searches for Khan") }
        #expect(try registry.citizenCount() == 202)
    }

    @Test func limitAndEmptyQueries() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 500)
        #expect(try registry.search("Khan", limit: 5).count == 5)
        #expect(try registry.search("Khan", limit: 0).isEmpty)
        #expect(try registry.search("Qwxzptl").isEmpty)
    }
}
