import CentralStore
import Foundation
import SyncProtocol
import TestScheduling
import Testing

@Suite("Pull: scoping and paging of the change log", .offCooperativePool)
struct ChangesTests {
    @Test(arguments: Backend.allCases)
    func eachKioskSeesItsStatusesItsDistrictsAndTheTrustList(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            _ = try await storage.ingest(Fixture.push(Fixture.operations(1...1)), receivedAt: Fixture.receivedAt)
            _ = try await storage.ingest(
                Fixture.push(kiosk: Fixture.otherKiosk, Fixture.operations(kiosk: Fixture.otherKiosk, 1...1)), receivedAt: Fixture.receivedAt)
            let mine = Fixture.submission(sequence: 1)
            let hlc = HLCTimestamp(wallMillis: Fixture.baseWall + 5, counter: 2)
            _ = try await storage.advance(tracking: mine.tracking, to: "in-review", at: Fixture.receivedAt, hlc: hlc)
            _ = try await storage.advance(
                tracking: Fixture.submission(kiosk: Fixture.otherKiosk, sequence: 1).tracking, to: "in-review", at: Fixture.receivedAt, hlc: hlc)
            #expect(try await storage.upsertCitizens([Fixture.citizen(1, district: 173), Fixture.citizen(2, district: 171), Fixture.citizen(3, district: 172)]) == 3)
            try await storage.addTrustedSigner(Fixture.signer("0a"))

            let page = try await storage.changes(for: Fixture.pull(districts: [173, 172]))
            #expect(page.changes.map(\.kind) == [.applicationStatus, .citizen, .citizen, .trustedSigner])
            #expect(page.changes.allSatisfy { $0.isComplete })
            #expect(page.changes[0].status == StatusChange(
                applicationID: mine.id, tracking: mine.tracking, status: "in-review", changedAtMillis: 1_764_072_060_000, hlc: hlc))
            #expect(page.changes[1].citizen?.districtCode == 173)
            #expect(page.changes[2].citizen?.districtCode == 172)
            #expect(page.changes[1].citizen?.version == 1)
            #expect(page.changes[3].signer == Fixture.signer("0a"))
            #expect(page.hasMore == false)
            #expect(page.nextCursor == page.changes.last?.id)

            let noDistricts = try await storage.changes(for: Fixture.pull(kiosk: Fixture.otherKiosk))
            #expect(noDistricts.changes.map(\.kind) == [.applicationStatus, .trustedSigner])
            #expect(noDistricts.changes.first?.status?.tracking == Fixture.submission(kiosk: Fixture.otherKiosk, sequence: 1).tracking)

            let stranger = try await storage.changes(for: Fixture.pull(kiosk: "KPNEW999", districts: [999]))
            #expect(stranger.changes.map(\.kind) == [.trustedSigner])
        }
    }

    @Test(arguments: Backend.allCases)
    func pagesFollowTheCursorAndSayWhenThereIsMore(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            for serial in 1...12 { try await storage.revokePass(serial: Int64(serial), at: Fixture.receivedAt) }
            var cursor: Int64 = 0
            var serials: [Int64] = []
            var pages = 0
            while true {
                let page = try await storage.changes(for: Fixture.pull(cursor: cursor, limit: 5))
                pages += 1
                #expect(page.changes.count <= 5)
                serials += page.changes.compactMap(\.revocation?.serial)
                #expect(page.nextCursor == (page.changes.last?.id ?? cursor))
                cursor = page.nextCursor
                if !page.hasMore { break }
            }
            #expect(pages == 3)
            #expect(serials == Array(1...12))
            let empty = try await storage.changes(for: Fixture.pull(cursor: cursor, limit: 5))
            #expect(empty.changes.isEmpty && empty.nextCursor == cursor && !empty.hasMore)
            let zeroLimit = try await storage.changes(for: Fixture.pull(cursor: 0, limit: 0))
            #expect(zeroLimit.changes.count == 1 && zeroLimit.hasMore)
            let huge = try await storage.changes(for: Fixture.pull(cursor: 0, limit: 1_000_000))
            #expect(huge.changes.count == 12 && !huge.hasMore)
        }
    }
}
