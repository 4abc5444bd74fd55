import Foundation
import GRDB
import IdentityCore
import SyntheticRegistry
import Testing

/// `khyber-central registry demo-seed` (what `make run` gives its central): the very citizens `khyber-kiosk
/// seed` gives a kiosk for the same count and seed, and a second run changes nothing.
@Suite struct DemoRegistrySeedTests {
    @Test func theCentralHoldsTheKiosksSyntheticCitizensOnce() throws {
        let root = try TestPaths.temporaryFolder()
        let database = try StorageBackend.sqlite.freshDatabaseURL(in: root)
        let central = try CentralServer(databaseURL: database, folder: root, start: false)
        let first = try central.command(["registry", "demo-seed", "--citizens", "60"])
        #expect(first.status == 0 && first.stdout.contains("holds the 62 synthetic citizens (62 changed)"), "\(first)")
        let again = try central.command(["registry", "demo-seed", "--citizens", "60"])
        #expect(again.status == 0 && again.stdout.contains("(0 changed)"), "a second run changes nothing: \(again)")

        let districts = try DistrictCatalog(json: Data(contentsOf: TestPaths.repository.appendingPathComponent("Assets/districts.json")))
        let expected = try SyntheticRegistry(seed: 1, catalog: districts).seedingSequence(count: 60).map { ($0.cnic.digits, $0.nameLatin, $0.mobile.filter(\.isNumber)) }
        let queue = try DatabaseQueue(path: String(database.dropFirst("sqlite:".count)))
        defer { try? queue.close() }
        let stored = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT cnic, name_latin, mobile FROM citizen").map { (String($0["cnic"] as String), String($0["name_latin"] as String), String($0["mobile"] as String)) }
        }
        #expect(stored.count == expected.count)
        #expect(Set(stored.map { "\($0.0) \($0.1) \($0.2)" }) == Set(expected.map { "\($0.0) \($0.1) \($0.2)" }), "the same people, names and mobiles as the kiosk's seed")
        #expect(try central.command(["registry", "demo-seed", "--citizens", "-5"]).status != 0, "a bad count is refused")
    }
}
