import Foundation
import Testing
import SyncProtocol

/// `SyncChange` became an enum; its JSON did not change. `LegacySyncChange` is the struct it replaced,
/// field for field, with the synthesised Codable it had: what protocol version 1 always sent.
@Suite("Sync changes on the wire")
struct SyncChangeWireTests {
    private struct LegacySyncChange: Codable {
        var id: Int64
        var kind: SyncChangeKind
        var status: StatusChange?
        var citizen: RegistryRecord?
        var signer: TrustedSignerRecord?
        var revocation: PassRevocation?
    }

    private static let status = StatusChange(
        applicationID: "0190a1b2-0000-7000-8000-000000000001", tracking: "KPPSH001-000001-K", status: .inReview,
        changedAtMillis: 1_777_100_000_000, hlc: HLCTimestamp(wallMillis: 1_777_100_000_000, counter: 2)
    )
    private static let record = RegistryRecord(
        cnic: "1730199999991", nameLatin: "Gulalai Yousafzai", nameUrdu: "گلالئی یوسفزئی", guardianLatin: "Sher Ali",
        guardianUrdu: "شیر علی", guardianRelation: "d/o", gender: "female", birthDate: "2001-02-03", districtCode: 173,
        tehsil: "Peshawar City", address: "House 3, Gulbahar / Street 2", mobile: "03009999999", version: 4
    )
    private static let signer = TrustedSignerRecord(keyID: "3c", publicKey: Data(repeating: 9, count: 32).base64EncodedString(), label: "Province 2027")

    private static let legacy: [LegacySyncChange] = [
        LegacySyncChange(id: 1, kind: .applicationStatus, status: status),
        LegacySyncChange(id: 2, kind: .citizen, citizen: record),
        LegacySyncChange(id: 3, kind: .trustedSigner, signer: signer),
        LegacySyncChange(id: 4, kind: .signerRemoved, signer: signer),
        LegacySyncChange(id: 5, kind: .passRevoked, revocation: PassRevocation(serial: 77, revokedAtMillis: 1_777_000_000_000)),
    ]

    @Test(arguments: 0..<5)
    func theOldJSONDecodesAndEncodesAgainByteForByte(_ index: Int) throws {
        let old = try SyncWire.encoder().encode(Self.legacy[index])
        let change = try SyncWire.decoder().decode(SyncChange.self, from: old)
        #expect(change.isComplete && change.id == Self.legacy[index].id && change.kind == Self.legacy[index].kind)
        #expect(try SyncWire.encoder().encode(change) == old, "\(String(decoding: old, as: UTF8.self))")
    }

    @Test func aWholePullPageKeepsItsBytes() throws {
        let changes = try Self.legacy.map { String(decoding: try SyncWire.encoder().encode($0), as: UTF8.self) }
        let old = #"{"centralClock":"001777100000000-00007","changes":["# + changes.joined(separator: ",")
            + #"],"hasMore":false,"nextCursor":5,"protocolVersion":1}"#
        let page = try SyncWire.decoder().decode(PullResponse.self, from: Data(old.utf8))
        #expect(page.changes.map(\.id) == [1, 2, 3, 4, 5])
        #expect(String(decoding: try SyncWire.encoder().encode(page), as: UTF8.self) == old)
    }

    @Test func theKeysAreTheOnesVersionOneNames() throws {
        let text = String(decoding: try SyncWire.encoder().encode(SyncChange.passRevoked(id: 9, PassRevocation(serial: 77, revokedAtMillis: 5))), as: UTF8.self)
        #expect(text == #"{"id":9,"kind":"trust.revoked","revocation":{"revokedAtMillis":5,"serial":77}}"#)
        let status = String(decoding: try SyncWire.encoder().encode(SyncChange.applicationStatus(id: 1, Self.status)), as: UTF8.self)
        #expect(status.hasPrefix(#"{"id":1,"kind":"application.status","status":{"applicationID":"#))
        #expect(status.contains(#""status":"in-review""#))
    }

    @Test func aChangeWithoutItsPartDecodesAsIncompleteAndIsNotSentBackWithOne() throws {
        let json = #"{"id":7,"kind":"citizen","status":{"applicationID":"a","changedAtMillis":1,"hlc":"000000000000001-00000","status":"approved","tracking":"T"}}"#
        let change = try SyncWire.decoder().decode(SyncChange.self, from: Data(json.utf8))
        #expect(change == .incomplete(id: 7, kind: .citizen))
        #expect(String(decoding: try SyncWire.encoder().encode(change), as: UTF8.self) == #"{"id":7,"kind":"citizen"}"#)
    }

    @Test func anUnknownKindStillFailsToDecode() {
        let json = #"{"id":7,"kind":"weather"}"#
        #expect(throws: DecodingError.self) { try SyncWire.decoder().decode(SyncChange.self, from: Data(json.utf8)) }
    }

    @Test func statusWordsOnTheWireAreTheVocabularysRawValues() {
        #expect(Self.status.status == "in-review" && Self.status.applicationStatus == .inReview)
        let strange = StatusChange(applicationID: "a", tracking: "T", status: "teleported", changedAtMillis: 1, hlc: .zero)
        #expect(strange.applicationStatus == nil, "an unknown word still decodes; the kiosk skips it")
        let operation = PushOperation(
            opID: "o", kioskID: "K", sequence: 1, hlc: .zero, kind: .applicationSubmitted, entityID: "e", payload: "{}", payloadSHA256: PayloadHash.sha256("{}")
        )
        #expect(operation.kind == "application.submitted" && operation.operationKind == .applicationSubmitted)
    }
}
