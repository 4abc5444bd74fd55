import CentralService
import CentralStore
import Foundation
import Hummingbird
import HummingbirdTesting
import SyncProtocol
import TestScheduling
import Testing

@Suite(.offCooperativePool) struct PushTests {
    @Test func pushAcceptsThenAnswersDuplicatesWithTheOriginalAcknowledgement() async throws {
        let central = try TestCentral()
        try await central.test { client in
            let operations = (1...3).map { Fixture.operation(sequence: $0) }
            let first = try await client.push(Fixture.push(operations))
            #expect(first.acknowledgements.map(\.outcome) == [.accepted, .accepted, .accepted])
            #expect(first.acknowledgements.map(\.opID) == operations.map(\.opID))
            #expect(first.highestSequence == 3)
            #expect(first.gaps.isEmpty)
            #expect(first.protocolVersion == SyncWire.version)

            let again = try await client.push(Fixture.push(operations))
            #expect(again.acknowledgements.map(\.outcome) == [.duplicate, .duplicate, .duplicate])
            #expect(again.acknowledgements.map(\.receivedAtMillis) == first.acknowledgements.map(\.receivedAtMillis))
            #expect(again.centralClock > first.centralClock)
            #expect(try await central.storage.operationCount() == 3)
        }
    }

    @Test func pushReportsConflictsAndRejectionsPerOperation() async throws {
        let central = try TestCentral()
        try await central.test { client in
            _ = try await client.push(Fixture.push([Fixture.operation(sequence: 1)]))

            // Same op id, other content → conflict; bad hash → rejected; a fine one → accepted.
            var conflicting = Fixture.operation(sequence: 1, cnic: "1730198765431")
            conflicting.opID = Fixture.operation(sequence: 1).opID
            var badHash = Fixture.operation(sequence: 2)
            badHash.payloadSHA256 = String(repeating: "0", count: 64)
            let response = try await client.push(Fixture.push([conflicting, badHash, Fixture.operation(sequence: 3)]))
            #expect(response.acknowledgements.map(\.outcome) == [.conflict, .rejected, .accepted])
            #expect(response.acknowledgements[0].reason?.contains("1730198765431") == false)
            #expect(response.acknowledgements[1].reason?.isEmpty == false)
            #expect(response.gaps == [SequenceGap(first: 2, last: 2)])
            #expect(response.highestSequence == 3)
        }
    }

    @Test func centralClockMovesPastTheKiosksClock() async throws {
        let central = try TestCentral()
        try await central.test { client in
            // A kiosk a minute ahead (within the allowed drift): the central's answer is later still.
            let ahead = HLCTimestamp(wallMillis: Fixture.nowMillis() + 60_000, counter: 7)
            let response = try await client.push(Fixture.push([Fixture.operation(sequence: 1)], sentAt: ahead))
            #expect(response.centralClock > ahead)

            // A kiosk a year ahead is refused for good, in words that name the clock (the drift guard), and
            // nothing of it is stored: the same operation with a sane clock is then accepted.
            let wild = HLCTimestamp(wallMillis: Fixture.nowMillis() + 365 * 86_400_000, counter: 0)
            let refused = try await client.post(SyncWire.pushPath, Fixture.push([Fixture.operation(sequence: 2)], sentAt: wild))
            #expect(refused.status == .badRequest)
            let error = try refused.decode(SyncErrorResponse.self)
            #expect(error.permanent)
            #expect(error.error.contains("clock is 31536000 s ahead") || error.error.contains("clock is 3153599"))
            let second = try await client.push(Fixture.push([Fixture.operation(sequence: 2)]))
            #expect(second.acknowledgements.map(\.outcome) == [.accepted])
            #expect(second.centralClock < wild)
            #expect(second.centralClock > response.centralClock)
        }
    }
}
