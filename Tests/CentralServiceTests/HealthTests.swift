import CentralService
import Foundation
import Hummingbird
import HummingbirdTesting
import SyncProtocol
import TestScheduling
import Testing

@Suite(.offCooperativePool) struct HealthTests {
    @Test func healthIsOKWithTheStorageKindAndTheVersionHeader() async throws {
        let central = try TestCentral()
        let before = Fixture.nowMillis()
        try await central.test { client in
            let response = try await client.execute(uri: SyncWire.healthPath, method: .get)
            #expect(response.status == .ok)
            #expect(response.versionHeader == "1")
            #expect(response.headers[.contentType] == "application/json")
            let health = try response.decode(HealthResponse.self)
            #expect(health.status == "ok")
            #expect(health.storage == "sqlite")
            #expect(health.protocolVersion == SyncWire.version)
            #expect(health.centralClock.wallMillis >= before)
        }
    }

    @Test func healthIsDegradedWhenTheStorageIsClosed() async throws {
        let central = try TestCentral()
        await central.storage.close()
        let response = try await central.application().test(.router) { client in
            try await client.execute(uri: SyncWire.healthPath, method: .get)
        }
        try? FileManager.default.removeItem(at: central.folder)
        #expect(response.status == .serviceUnavailable)
        #expect(response.versionHeader == "1")
        let health = try response.decode(HealthResponse.self)
        #expect(health.status == "degraded")
    }

    @Test func unknownPathIsAJSONErrorWithTheVersionHeader() async throws {
        let central = try TestCentral()
        try await central.test { client in
            let response = try await client.execute(uri: "/v1/nothing", method: .get)
            #expect(response.status == .notFound)
            #expect(response.versionHeader == "1")
            let error = try response.decode(SyncErrorResponse.self)
            #expect(error.permanent)
        }
    }

    @Test func liveServerReportsItsEphemeralPort() async throws {
        let central = try TestCentral()
        let reported = PortBox()
        let app = try central.application(configuration: CentralConfiguration(port: 0, onListening: { port in await reported.set(port) }))
        let (status, clientPort) = try await app.test(.live) { client in
            let response = try await client.execute(uri: SyncWire.healthPath, method: .get)
            return (response.status, client.port)
        }
        await central.finish()
        #expect(status == .ok)
        let port = await reported.port
        #expect(port != nil && port != 0)
        #expect(port == clientPort)
    }
}

actor PortBox {
    var port: Int?
    func set(_ port: Int) { self.port = port }
}
