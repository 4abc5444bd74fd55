import Foundation
import IdentityCore
import KioskStore
import TestScheduling
import Testing

/// The registry keeps mobile numbers in their one normal form, `03xx-xxxxxxx`, and finds them however
/// they are written.
@Suite("Mobile numbers in the kiosk's registry", .cpuBound)
struct MobileNumberStoreTests {
    @Test func aRegistryThatKeptTheCentralsSpellingIsRewrittenOnOpen() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let registry = try Fixtures.seededRegistry(in: folder, count: 10)
        let someone = try #require(try registry.citizen(atOrAfter: 0))
        try registry.close()
        // As a build before "v4-mobile-normal-form" left the file after a sync: the wire's digits stored.
        try ApplicationFixtures.execute("""
            UPDATE citizen SET mobile = '03115570085' WHERE cnic = \(someone.cnic.number);
            DELETE FROM grdb_migrations WHERE identifier = 'v4-mobile-normal-form';
            """, on: folder.file("registry.sqlite"))
        let reopened = try RegistryDatabase(url: folder.file("registry.sqlite"))
        defer { try? reopened.close() }
        #expect(try reopened.citizen(someone.cnic)?.mobile == "0311-5570085")
        #expect(try reopened.citizens(mobile: "03115570085").map(\.cnic) == [someone.cnic])
        #expect(try reopened.citizens(mobile: "0311-5570085").map(\.cnic) == [someone.cnic])
    }
}
