import CentralStore
import Foundation
import SyncProtocol
import TestScheduling
import Testing

@Suite("Back office: status moves, registry upserts, trust list", .offCooperativePool)
struct BackOfficeTests {
    @Test func transitionTable() throws {
        #expect(StatusTransition.isAllowed(from: "received", to: "in-review"))
        #expect(StatusTransition.isAllowed(from: "in-review", to: "approved"))
        #expect(StatusTransition.isAllowed(from: "in-review", to: "rejected"))
        #expect(StatusTransition.isAllowed(from: "approved", to: "ready-for-collection"))
        #expect(!StatusTransition.isAllowed(from: "received", to: "approved"))
        #expect(!StatusTransition.isAllowed(from: "rejected", to: "approved"))
        #expect(!StatusTransition.isAllowed(from: "ready-for-collection", to: "received"))
        #expect(throws: CentralStorageError.invalidTransition(from: "received", to: "approved")) {
            try StatusTransition.check(from: "received", to: "approved")
        }
        #expect(throws: CentralStorageError.self) { try StatusTransition.check(from: "received", to: "done") }
    }

    @Test(arguments: Backend.allCases)
    func advanceMovesAlongTheAllowedPathOnly(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            _ = try await storage.ingest(Fixture.push(Fixture.operations(1...1)), receivedAt: Fixture.receivedAt)
            let tracking = Fixture.submission(sequence: 1).tracking
            let hlc = HLCTimestamp(wallMillis: Fixture.baseWall, counter: 1)
            await #expect(throws: CentralStorageError.invalidTransition(from: "received", to: "approved")) {
                try await storage.advance(tracking: tracking, to: "approved", at: Fixture.receivedAt, hlc: hlc)
            }
            await #expect(throws: CentralStorageError.notFound(tracking: "KPPSH001-999999-X")) {
                try await storage.advance(tracking: "KPPSH001-999999-X", to: "in-review", at: Fixture.receivedAt, hlc: hlc)
            }
            do {
                _ = try await storage.advance(tracking: tracking, to: "finished", at: Fixture.receivedAt, hlc: hlc)
                Issue.record("an unknown status word was taken")
            } catch {
                guard case .invalid? = error as? CentralStorageError else { Issue.record("expected .invalid, got \(error)"); return }
            }
            let later = Fixture.receivedAt.addingTimeInterval(60)
            for status in ["in-review", "approved", "ready-for-collection"] {
                let moved = try await storage.advance(tracking: tracking, to: status, at: later, hlc: hlc)
                #expect(moved.status == status)
                #expect(moved.statusChangedAtMillis == later.timeIntervalSince1970Millis)
            }
            await #expect(throws: CentralStorageError.invalidTransition(from: "ready-for-collection", to: "rejected")) {
                try await storage.advance(tracking: tracking, to: "rejected", at: later, hlc: hlc)
            }
            #expect(try await storage.application(tracking: tracking)?.status == "ready-for-collection")
            let changes = try await storage.changes(for: Fixture.pull())
            #expect(changes.changes.compactMap(\.status?.status) == ["in-review", "approved", "ready-for-collection"])
        }
    }

    @Test(arguments: Backend.allCases)
    func upsertBumpsTheVersionOnlyOnARealChange(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            #expect(try await storage.upsertCitizens([Fixture.citizen(1), Fixture.citizen(2)]) == 2)
            #expect(try await storage.upsertCitizens([Fixture.citizen(1), Fixture.citizen(2)]) == 0)
            let moved = Fixture.citizen(2, address: "Street 9, University Town")
            #expect(try await storage.upsertCitizens([Fixture.citizen(1), moved]) == 1)
            // The same CNIC twice in one call: the last one wins.
            let first = Fixture.citizen(3, address: "First address")
            let last = Fixture.citizen(3, address: "Last address")
            #expect(try await storage.upsertCitizens([first, last]) == 1)
            let changes = try await storage.changes(for: Fixture.pull(districts: [173])).changes.compactMap(\.citizen)
            #expect(changes.map(\.version) == [1, 1, 2, 1])
            #expect(changes[2].address == "Street 9, University Town")
            #expect(changes[3].address == "Last address")
        }
    }

    @Test(arguments: Backend.allCases)
    func upsertRefusesBadRecordsNamingThePositionNotTheCNIC(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            var cases: [(RegistryRecord, String)] = []
            var record = Fixture.citizen(1); record.cnic = "1730"; cases.append((record, "CNIC"))
            record = Fixture.citizen(1); record.guardianRelation = "c/o"; cases.append((record, "guardian relation"))
            record = Fixture.citizen(1); record.gender = "other"; cases.append((record, "gender"))
            record = Fixture.citizen(1); record.birthDate = "1994-02-30"; cases.append((record, "birth date"))
            record = Fixture.citizen(1); record.mobile = "04001234567"; cases.append((record, "mobile"))
            record = Fixture.citizen(1); record.districtCode = 7; cases.append((record, "district"))
            for (bad, words) in cases {
                do {
                    _ = try await storage.upsertCitizens([Fixture.citizen(5), bad])
                    Issue.record("a record with a bad \(words) was taken")
                } catch {
                    guard case .invalid(let why)? = error as? CentralStorageError else { Issue.record("expected .invalid, got \(error)"); continue }
                    #expect(why.contains("record 2"), "\(why)")
                    #expect(why.contains(words), "\(why)")
                    #expect(!why.contains(Fixture.citizen(1).cnic))
                }
            }
            let remaining = try await storage.changes(for: Fixture.pull(districts: [173]))
            #expect(remaining.changes.isEmpty)
        }
    }

    @Test(arguments: Backend.allCases)
    func trustChangesReachEveryKiosk(backend: Backend) async throws {
        try await TestStorage.with(backend) { storage in
            try await storage.addTrustedSigner(Fixture.signer("01"))
            try await storage.addTrustedSigner(Fixture.signer("02"))
            try await storage.removeTrustedSigner(keyID: "01")
            try await storage.revokePass(serial: 4242, at: Fixture.receivedAt)
            var badKey = Fixture.signer("03")
            badKey.publicKey = Data(repeating: 1, count: 31).base64EncodedString()
            await #expect(throws: CentralStorageError.self) { try await storage.addTrustedSigner(badKey) }
            await #expect(throws: CentralStorageError.self) { try await storage.addTrustedSigner(Fixture.signer("zz")) }
            await #expect(throws: CentralStorageError.self) { try await storage.removeTrustedSigner(keyID: "09") }
            for kiosk in [Fixture.kiosk, Fixture.otherKiosk] {
                let changes = try await storage.changes(for: Fixture.pull(kiosk: kiosk)).changes
                #expect(changes.map(\.kind) == [.trustedSigner, .trustedSigner, .signerRemoved, .passRevoked])
                #expect(changes.allSatisfy { $0.isComplete })
                #expect(changes[2].signer == Fixture.signer("01"))
                #expect(changes[3].revocation == PassRevocation(serial: 4242, revokedAtMillis: 1_764_072_060_000))
            }
        }
    }
}
