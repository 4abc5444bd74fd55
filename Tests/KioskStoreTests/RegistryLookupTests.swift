import Foundation
import IdentityCore
import KioskStore
import SyntheticRegistry
import TestScheduling
import Testing

@Suite(.cpuBound) struct RegistryLookupTests {
    @Test func findsCitizensByCNICAndMobile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder)

        let irfan = try #require(try registry.citizen(DemoCitizens.irfan.cnic))
        #expect(irfan.nameLatin == "Muhammad Irfan Khan")
        #expect(irfan.nameUrdu == "محمد عرفان خان")
        #expect(irfan.guardianLatin == "Gul Khan")
        #expect(irfan.districtCode == 173)
        #expect(irfan.pin?.matches("1357") == true)

        let synthetic = Fixtures.generator.citizens(count: 2_000)
        for expected in synthetic.prefix(50) {
            #expect(try registry.citizen(expected.cnic) == expected)
        }
        let byMobile = try registry.citizens(mobile: "+92 345 5550202")
        #expect(byMobile.map(\.cnic).contains(DemoCitizens.ayesha.cnic))
        #expect(try registry.citizens(mobile: synthetic[7].mobile).contains(synthetic[7]))
        #expect(try registry.citizens(mobile: "not a number").isEmpty)
        #expect(try registry.citizenCount() == 2_002)
    }

    @Test func unknownCNICIsNil() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 100)
        #expect(try registry.citizen(try CNIC("17301-0000000-3")) == nil)
        #expect(try registry.citizens(mobile: "0399-0000000").isEmpty)
        #expect(try registry.citizen(passSerial: 1) == nil)
    }

    @Test func reseedingAddsNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 1_000)
        var progress: [(Int, Int)] = []
        let seeder = RegistrySeeder(database: registry, batchSize: 400)
        let again = try seeder.seed(try Fixtures.generator.seedingSequence(count: 1_000), expectedCount: 1_002) { progress.append(($0, $1)) }
        #expect(again == 0)
        #expect(try registry.citizenCount() == 1_002)
        #expect(progress.map(\.0) == [400, 800, 1_002])
        #expect(progress.allSatisfy { $0.1 == 1_002 })
        #expect(try registry.search("Muhammad Irfan Khan", district: 173).filter { $0.cnic == DemoCitizens.irfan.cnic }.count == 1)

        let more = try seeder.seed(try Fixtures.generator.seedingSequence(count: 1_500), expectedCount: 1_502)
        #expect(more == 500, "prefix stability: only the new 500 are added")
        #expect(try registry.citizenCount() == 1_502)
    }

    @Test func reseedingKeepsALockOut() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 10)
        var credential = try #require(try registry.pinCredential(for: DemoCitizens.ayesha.cnic))
        credential.failedAttempts = 0
        credential.lockedUntil = Date(timeIntervalSince1970: 2_000_000_000)
        #expect(try registry.savePINState(credential, for: DemoCitizens.ayesha.cnic))
        try RegistrySeeder(database: registry).seed(try Fixtures.generator.seedingSequence(count: 10), expectedCount: 12)
        #expect(try registry.pinCredential(for: DemoCitizens.ayesha.cnic)?.lockedUntil == Date(timeIntervalSince1970: 2_000_000_000))
    }

    @Test func pinStateSurvivesReopening() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("registry.sqlite")
        let cnic = DemoCitizens.irfan.cnic
        let lockedUntil = Date(timeIntervalSince1970: 1_900_000_000.5)
        do {
            let registry = try Fixtures.seededRegistry(in: folder, count: 10)
            let policy = PINPolicy()
            var credential = try registry.pinCredential(for: cnic)
            let (outcome, updated) = policy.check("0000", against: credential, now: Date(timeIntervalSince1970: 1_800_000_000))
            #expect(outcome == .wrong(triesLeft: 4))
            credential = updated
            #expect(try registry.savePINState(try #require(credential), for: cnic))
            var locked = try #require(credential)
            locked.lockedUntil = lockedUntil
            try registry.savePINState(locked, for: cnic)
            try registry.close()
        }
        let reopened = try RegistryDatabase(url: url)
        let stored = try #require(try reopened.pinCredential(for: cnic))
        #expect(stored.failedAttempts == 1)
        #expect(stored.lockedUntil == lockedUntil)
        #expect(stored.matches("1357"), "the hash itself was not touched")
        #expect(try reopened.citizen(cnic)?.pin == stored)
        #expect(try reopened.savePINState(stored, for: try CNIC("17301-0000000-3")) == false)
    }

    @Test func addsOneCitizenWithPIN() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try RegistryDatabase(url: folder.file("registry.sqlite"))
        var citizen = Fixtures.citizen("17301-5555555-5", "Zarak Khan", "زرک خان", guardian: "Bahadur Khan", guardianUrdu: "بہادر خان", district: 173)
        citizen.pin = try PINCredential.make(pin: "9999", costLog2: 10)
        #expect(try registry.add(citizen))
        #expect(try registry.add(citizen) == false)
        #expect(try registry.citizen(citizen.cnic) == citizen)
        #expect(try registry.search("Zarak").map(\.cnic) == [citizen.cnic])
    }
}
