import Foundation
import IdentityCore
import KioskStore
import SyntheticRegistry
import TestScheduling
import Testing

@Suite(.cpuBound) struct PassStoreTests {
    @Test func issuesLooksUpAndRevokesPasses() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 20)
        let issued = CalendarDate(year: 2026, month: 5, day: 1)!
        let expires = issued.adding(months: 12)
        let irfan = DemoCitizens.irfan.cnic

        #expect(try registry.nextPassSerial() == 1)
        let first = try registry.issuePass(to: irfan, issuedOn: issued, expiresOn: expires, keyID: "k1") { "PASS-\($0)" }
        let second = try registry.issuePass(to: irfan, issuedOn: issued.adding(days: 1), expiresOn: expires, keyID: "k1") { "PASS-\($0)" }
        let other = try registry.issuePass(to: DemoCitizens.ayesha.cnic, issuedOn: issued, expiresOn: expires, keyID: "k2") { "PASS-\($0)" }
        #expect([first.serial, second.serial, other.serial] == [1, 2, 3])
        #expect(second.text == "PASS-2")

        #expect(try registry.latestPass(for: irfan) == second)
        #expect(try registry.pass(serial: 1) == first)
        #expect(try registry.pass(serial: 99) == nil)
        #expect(try registry.citizen(passSerial: 3)?.cnic == DemoCitizens.ayesha.cnic)

        let revokedAt = Date(timeIntervalSince1970: 1_780_000_000)
        #expect(try registry.revokePass(serial: 2, at: revokedAt))
        #expect(try registry.revokePass(serial: 2, at: revokedAt) == false, "already revoked")
        #expect(try registry.revokePass(serial: 42, at: revokedAt) == false)
        #expect(try registry.pass(serial: 2)?.revokedAt == revokedAt)
        #expect(try registry.revokedPassSerials() == [2])
    }

    @Test func failedEncodingUsesNoSerial() throws {
        struct SigningFailed: Error {}
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 5)
        #expect(throws: RegistryError.self) {
            try registry.issuePass(to: DemoCitizens.irfan.cnic, issuedOn: CalendarDate(year: 2026, month: 1, day: 1)!,
                                   expiresOn: CalendarDate(year: 2027, month: 1, day: 1)!, keyID: "k") { _ in throw SigningFailed() }
        }
        #expect(try registry.nextPassSerial() == 1)
        #expect(throws: RegistryError.self) {
            try registry.issuePass(to: try CNIC("17301-0000000-3"), issuedOn: CalendarDate(year: 2026, month: 1, day: 1)!,
                                   expiresOn: CalendarDate(year: 2027, month: 1, day: 1)!, keyID: "k") { "P\($0)" }
        }
        #expect(try registry.latestPass(for: DemoCitizens.irfan.cnic) == nil)
    }

    @Test func metaValuesPersist() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let url = folder.file("registry.sqlite")
        do {
            let registry = try RegistryDatabase(url: url)
            #expect(try registry.metaValue("seed") == nil)
            try registry.setMetaValue("42", for: "seed")
            try registry.setMetaValue("43", for: "seed")
        }
        #expect(try RegistryDatabase(url: url).metaValue("seed") == "43")
    }
}
