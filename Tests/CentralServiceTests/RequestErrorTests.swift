import CentralService
import Foundation
import Hummingbird
import HummingbirdTesting
import SyncProtocol
import TestScheduling
import Testing

@Suite(.offCooperativePool) struct RequestErrorTests {
    @Test func malformedJSONIsAPermanent400InWords() async throws {
        let central = try TestCentral()
        try await central.test { client in
            let response = try await client.execute(
                uri: SyncWire.pushPath, method: .post, headers: Fixture.jsonHeaders, body: ByteBuffer(string: "{\"kioskID\": 17301")
            )
            #expect(response.status == .badRequest)
            #expect(response.versionHeader == "1")
            let error = try response.decode(SyncErrorResponse.self)
            #expect(error.permanent)
            #expect(error.error.contains("not JSON"))
            #expect(!error.error.contains("17301"))
        }
    }

    @Test func aMissingFieldIsNamed() async throws {
        let central = try TestCentral()
        try await central.test { client in
            let response = try await client.execute(
                uri: SyncWire.pullPath, method: .post, headers: Fixture.jsonHeaders,
                body: ByteBuffer(string: #"{"protocolVersion":1,"kioskID":"KPPSH001","cursor":0,"districts":[]}"#)
            )
            #expect(response.status == .badRequest)
            let error = try response.decode(SyncErrorResponse.self)
            #expect(error.permanent)
            #expect(error.error.contains("limit"))
        }
    }

    @Test func aWrongValueIsNamedButNotQuoted() async throws {
        let central = try TestCentral()
        var operation = Fixture.operation(sequence: 1)
        operation.kioskID = Fixture.kioskID
        let json = String(decoding: try SyncWire.encoder().encode(Fixture.push([operation])), as: UTF8.self)
            .replacingOccurrences(of: #""sequence":1"#, with: #""sequence":"1730112345671""#)
        try await central.test { client in
            let response = try await client.execute(uri: SyncWire.pushPath, method: .post, headers: Fixture.jsonHeaders, body: ByteBuffer(string: json))
            #expect(response.status == .badRequest)
            let error = try response.decode(SyncErrorResponse.self)
            #expect(error.error.contains("operations[0].sequence"))
            #expect(!error.error.contains("1730112345671"))
        }
    }

    @Test func wrongProtocolVersionNamesBothVersions() async throws {
        let central = try TestCentral()
        var request = Fixture.push([Fixture.operation(sequence: 1)])
        request.protocolVersion = 7
        try await central.test { [request] client in
            let response = try await client.post(SyncWire.pushPath, request)
            #expect(response.status == .badRequest)
            let error = try response.decode(SyncErrorResponse.self)
            #expect(error.permanent)
            #expect(error.error.contains("version 7"))
            #expect(error.error.contains("version \(SyncWire.version)"))
            #expect(try await central.storage.operationCount() == 0)

            var pull = PullRequest(kioskID: Fixture.kioskID, cursor: 0, districts: [], limit: 10)
            pull.protocolVersion = 2
            let pullResponse = try await client.post(SyncWire.pullPath, pull)
            #expect(pullResponse.status == .badRequest)
            #expect(try pullResponse.decode(SyncErrorResponse.self).error.contains("version 2"))
        }
    }

    @Test func emptyAndOversizedBatchesArePermanent400s() async throws {
        let central = try TestCentral()
        try await central.test { client in
            let empty = try await client.post(SyncWire.pushPath, Fixture.push([]))
            #expect(empty.status == .badRequest)
            #expect(try empty.decode(SyncErrorResponse.self).permanent)

            let tooMany = (1...Int64(SyncWire.maxOperationsPerPush + 1)).map { Fixture.operation(sequence: $0) }
            let response = try await client.post(SyncWire.pushPath, Fixture.push(tooMany))
            #expect(response.status == .badRequest)
            let error = try response.decode(SyncErrorResponse.self)
            #expect(error.permanent)
            #expect(error.error.contains("\(SyncWire.maxOperationsPerPush + 1)"))
            #expect(try await central.storage.operationCount() == 0)

            let exactly = Array(tooMany.prefix(SyncWire.maxOperationsPerPush))
            let full = try await client.push(Fixture.push(exactly))
            #expect(full.acknowledgements.count == SyncWire.maxOperationsPerPush)
            #expect(full.acknowledgements.allSatisfy { $0.outcome == .accepted })
        }
    }

    @Test func aBodyOverTheLimitIs413() async throws {
        let central = try TestCentral()
        try await central.test { client in
            let body = ByteBuffer(repeating: UInt8(ascii: " "), count: SyncWire.maxBodyBytes + 1)
            let response = try await client.execute(uri: SyncWire.pushPath, method: .post, headers: Fixture.jsonHeaders, body: body)
            #expect(response.status == .contentTooLarge)
            #expect(response.versionHeader == "1")
            let error = try response.decode(SyncErrorResponse.self)
            #expect(error.permanent)

            // A body of exactly the limit is read (and then refused as JSON, not as too large).
            let atLimit = ByteBuffer(repeating: UInt8(ascii: " "), count: SyncWire.maxBodyBytes)
            let fits = try await client.execute(uri: SyncWire.pushPath, method: .post, headers: Fixture.jsonHeaders, body: atLimit)
            #expect(fits.status == .badRequest)
        }
    }

    @Test func gzipBodiesAreReadAndBigAnswersArePacked() async throws {
        let central = try TestCentral()
        var headers = Fixture.jsonHeaders
        headers[.contentEncoding] = "gzip"
        headers[.acceptEncoding] = "gzip, deflate"
        let operations = (1...20).map { Fixture.operation(sequence: Int64($0)) }
        let packed = try WireCompression.gzip(Fixture.body(Fixture.push(operations)))
        try await central.test { [headers] client in
            let response = try await client.execute(uri: SyncWire.pushPath, method: .post, headers: headers, body: packed)
            #expect(response.status == .ok)
            #expect(response.headers[.contentEncoding] == "gzip", "a 20-acknowledgement answer is worth packing")
            let plain = try WireCompression.gunzip(response.body, maximumBytes: 1 << 20)
            let answer = try SyncWire.decoder().decode(PushResponse.self, from: Data(plain.readableBytesView))
            #expect(answer.acknowledgements.map(\.outcome) == Array(repeating: .accepted, count: 20))
            // Without Accept-Encoding the same answer comes plain.
            let plainAnswer = try await client.execute(uri: SyncWire.pushPath, method: .post, headers: Fixture.jsonHeaders, body: Fixture.body(Fixture.push(operations)))
            #expect(plainAnswer.headers[.contentEncoding] == nil)
            #expect(try plainAnswer.decode(PushResponse.self).acknowledgements.map(\.outcome) == Array(repeating: .duplicate, count: 20))
        }
    }

    @Test func damagedGzipIsABadRequestAndOtherEncodingsAreUnsupported() async throws {
        let central = try TestCentral()
        var gzipHeaders = Fixture.jsonHeaders
        gzipHeaders[.contentEncoding] = "gzip"
        var brotliHeaders = Fixture.jsonHeaders
        brotliHeaders[.contentEncoding] = "br"
        try await central.test { [gzipHeaders, brotliHeaders] client in
            let damaged = try await client.post(SyncWire.pushPath, Fixture.push([Fixture.operation(sequence: 1)]), headers: gzipHeaders)
            #expect(damaged.status == .badRequest)
            #expect(try damaged.decode(SyncErrorResponse.self).error.contains("not readable gzip"))
            let brotli = try await client.post(SyncWire.pushPath, Fixture.push([Fixture.operation(sequence: 1)]), headers: brotliHeaders)
            #expect(brotli.status == .unsupportedMediaType)
            #expect(try brotli.decode(SyncErrorResponse.self).permanent)
        }
    }

    @Test func aGzipBombIsRefusedAsTooLarge() async throws {
        let central = try TestCentral()
        var headers = Fixture.jsonHeaders
        headers[.contentEncoding] = "gzip"
        // 9 MiB of spaces packs to a few kilobytes and unpacks past the 8 MiB limit.
        let bomb = try WireCompression.gzip(ByteBuffer(repeating: UInt8(ascii: " "), count: 9 * 1024 * 1024))
        #expect(bomb.readableBytes < 64 * 1024)
        try await central.test { [headers] client in
            let response = try await client.execute(uri: SyncWire.pushPath, method: .post, headers: headers, body: bomb)
            #expect(response.status == .contentTooLarge, "\(String(buffer: response.body))")
        }
    }

    @Test func aClosedStorageIsA503WorthRetrying() async throws {
        let central = try TestCentral()
        await central.storage.close()
        let response = try await central.application().test(.router) { client in
            try await client.post(SyncWire.pushPath, Fixture.push([Fixture.operation(sequence: 1)]))
        }
        try? FileManager.default.removeItem(at: central.folder)
        #expect(response.status == .serviceUnavailable)
        #expect(response.versionHeader == "1")
        #expect(try response.decode(SyncErrorResponse.self).permanent == false)
    }
}
