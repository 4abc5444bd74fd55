import Foundation
import Testing
@testable import SyncProtocol

@Suite("Wire messages")
struct WireTests {
    @Test func aPushRoundTripsThroughJSON() throws {
        let payload = #"{"id":"a","tracking":"KPPSH001-000001-X"}"#
        let request = PushRequest(kioskID: "KPPSH001", sentAt: HLCTimestamp(wallMillis: 5, counter: 1), operations: [
            PushOperation(opID: "0190-aa", kioskID: "KPPSH001", sequence: 1, hlc: HLCTimestamp(wallMillis: 4, counter: 0),
                          kind: OperationKind.applicationSubmitted, entityID: "a", payload: payload, payloadSHA256: PayloadHash.sha256(payload)),
        ])
        let data = try SyncWire.encoder().encode(request)
        #expect(try SyncWire.decoder().decode(PushRequest.self, from: data) == request)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""hlc":"000000000000004-00000""#))
        #expect(text.contains(#""protocolVersion":1"#))
    }

    @Test func aDamagedClockReadingFailsToDecode() {
        let json = #"{"kioskID":"K","operations":[],"protocolVersion":1,"sentAt":"yesterday"}"#
        #expect(throws: DecodingError.self) { try SyncWire.decoder().decode(PushRequest.self, from: Data(json.utf8)) }
    }

    @Test func payloadHashesAreLowercaseHexSHA256() {
        #expect(PayloadHash.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(PayloadHash.isWellFormed(PayloadHash.sha256("abc")))
        #expect(!PayloadHash.isWellFormed(PayloadHash.sha256("abc").uppercased()))
        #expect(!PayloadHash.isWellFormed("abc"))
    }

    @Test func convergenceDigestsDependOnOrderAndContent() {
        let a = PayloadHash.sha256("a"), b = PayloadHash.sha256("b")
        #expect(ConvergenceDigest.of(payloadHashesInSequenceOrder: [a, b]) != ConvergenceDigest.of(payloadHashesInSequenceOrder: [b, a]))
        #expect(ConvergenceDigest.of(payloadHashesInSequenceOrder: [a, b]) == ConvergenceDigest.of(payloadHashesInSequenceOrder: [a, b]))
        #expect(ConvergenceDigest.of(payloadHashesInSequenceOrder: []) == PayloadHash.sha256(""))
    }

    @Test func storedOutcomesAreAcceptedAndDuplicateOnly() {
        #expect(AcknowledgementOutcome.allCases.filter(\.isStored) == [.accepted, .duplicate])
    }

    @Test func aChangeIsCompleteOnlyWithThePartItsKindNames() {
        let status = StatusChange(applicationID: "a", tracking: "T", status: "approved", changedAtMillis: 1, hlc: .zero)
        #expect(SyncChange(id: 1, kind: .applicationStatus, status: status).isComplete)
        #expect(!SyncChange(id: 1, kind: .citizen, status: status).isComplete)
        #expect(!SyncChange(id: 2, kind: .passRevoked).isComplete)
    }
}
