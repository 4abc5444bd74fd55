import CentralService
import CentralStore
import Foundation
import Hummingbird
import HummingbirdTesting
import SyncProtocol
import TestScheduling
import Testing

@Suite(.offCooperativePool) struct PullTests {
    @Test func pullPagesThroughStatusAndTrustChanges() async throws {
        let central = try TestCentral()
        try await central.test { client in
            let operations = (1...3).map { Fixture.operation(sequence: $0) }
            _ = try await client.push(Fixture.push(operations))
            for sequence in Int64(1)...3 {
                let tracking = Fixture.submission(sequence: sequence).tracking
                _ = try await central.storage.advance(
                    tracking: tracking, to: "in-review", at: Date(), hlc: HLCTimestamp(wallMillis: Fixture.nowMillis(), counter: Int(sequence))
                )
            }
            try await central.storage.addTrustedSigner(
                TrustedSignerRecord(keyID: "0a1b", publicKey: Data(repeating: 7, count: 32).base64EncodedString(), label: "test signer")
            )

            var cursor: Int64 = 0
            var pages: [PullResponse] = []
            while pages.count < 10 {
                let response = try await client.post(SyncWire.pullPath, PullRequest(kioskID: Fixture.kioskID, cursor: cursor, districts: [], limit: 2))
                #expect(response.status == .ok)
                #expect(response.versionHeader == "1")
                let page = try response.decode(PullResponse.self)
                pages.append(page)
                #expect(page.changes.count <= 2)
                if let last = page.changes.last { #expect(page.nextCursor == last.id) }
                cursor = page.nextCursor
                if !page.hasMore { break }
            }
            let changes = pages.flatMap(\.changes)
            #expect(pages.count == 2)
            #expect(changes.count == 4)
            #expect(changes.map(\.id) == changes.map(\.id).sorted())
            #expect(changes.filter { $0.kind == .applicationStatus }.compactMap(\.status?.status) == ["in-review", "in-review", "in-review"])
            #expect(changes.filter { $0.kind == .trustedSigner }.compactMap(\.signer?.keyID) == ["0a1b"])
            #expect(changes.allSatisfy { $0.isComplete })

            // Past the end: nothing, the same cursor back.
            let end = try await client.post(SyncWire.pullPath, PullRequest(kioskID: Fixture.kioskID, cursor: cursor, districts: [], limit: 2))
            let endPage = try end.decode(PullResponse.self)
            #expect(endPage.changes.isEmpty)
            #expect(endPage.nextCursor == cursor)
            #expect(endPage.hasMore == false)

            // Another kiosk sees the trust change only.
            let other = try await client.post(SyncWire.pullPath, PullRequest(kioskID: "KPMRD002", cursor: 0, districts: [], limit: 100))
            #expect(try other.decode(PullResponse.self).changes.map(\.kind) == [.trustedSigner])
        }
    }

    @Test func pullRefusesANegativeCursorAndAZeroLimit() async throws {
        let central = try TestCentral()
        try await central.test { client in
            let negative = try await client.post(SyncWire.pullPath, PullRequest(kioskID: Fixture.kioskID, cursor: -1, districts: [], limit: 5))
            #expect(negative.status == .badRequest)
            let zero = try await client.post(SyncWire.pullPath, PullRequest(kioskID: Fixture.kioskID, cursor: 0, districts: [], limit: 0))
            #expect(zero.status == .badRequest)
            #expect(try zero.decode(SyncErrorResponse.self).permanent)
        }
    }
}
