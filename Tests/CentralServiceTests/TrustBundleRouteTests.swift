import CentralService
import CentralStore
import Foundation
import Hummingbird
import HummingbirdTesting
import SyncProtocol
import TestScheduling
import Testing

/// `GET /v1/trust-bundle`, `trustBundleVersion` in pulls, and the bundle's grade in `/health` and `/metrics`.
@Suite(.offCooperativePool) struct TrustBundleRouteTests {
    static let file = Data("khyber-trust-bundle 1\nnot verified here: kiosks verify\n".utf8) + Data([0, 200, 10])

    @Test func nothingPublishedIs404AndHealthSaysNone() async throws {
        let central = try TestCentral()
        try await central.test { client in
            let response = try await client.execute(uri: SyncWire.trustBundlePath, method: .get)
            #expect(response.status == .notFound)
            #expect(try response.decode(SyncErrorResponse.self).error.contains("no trust bundle"))
            let health = try await client.execute(uri: SyncWire.healthPath, method: .get).decode(HealthResponse.self)
            #expect(health.status == "ok" && health.trustBundle?.state == "none")
            let pull = try await client.post(SyncWire.pullPath, PullRequest(kioskID: Fixture.kioskID, cursor: 0, districts: [], limit: 10))
            #expect(try pull.decode(PullResponse.self).trustBundleVersion == nil)
        }
    }

    @Test func theNewestPublishedFileIsServedByteForByteAndAnnouncedInPulls() async throws {
        let central = try TestCentral()
        let soon = Date().addingTimeInterval(3 * 86_400)
        try await central.storage.publishTrustBundle(PublishedTrustBundle(version: 1, file: Data("old".utf8), expiresAt: soon, publishedAt: Date()))
        try await central.storage.publishTrustBundle(PublishedTrustBundle(version: 2, file: Self.file, expiresAt: soon, publishedAt: Date()))
        try await central.test { client in
            let response = try await client.execute(uri: SyncWire.trustBundlePath, method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == SyncWire.trustBundleContentType)
            #expect(Data(buffer: response.body) == Self.file)
            let pull = try await client.post(SyncWire.pullPath, PullRequest(kioskID: Fixture.kioskID, cursor: 0, districts: [], limit: 10))
            #expect(try pull.decode(PullResponse.self).trustBundleVersion == 2)
            let health = try await client.execute(uri: SyncWire.healthPath, method: .get).decode(HealthResponse.self)
            #expect(health.trustBundle?.state == "expiring-soon" && health.trustBundle?.version == 2)
            #expect(health.trustBundle?.warning?.contains("expires") == true)
            let metrics = String(buffer: try await client.execute(
                uri: SyncWire.metricsPath, method: .get, headers: [.authorization: "Bearer \(TestCentral.metricsToken)"]).body)
            #expect(metrics.contains("khyber_trust_bundle_version 2"))
            #expect(metrics.contains("khyber_trust_bundle_state{state=\"expiring-soon\"} 1"))
            #expect(metrics.contains("khyber_trust_bundle_state{state=\"current\"} 0"))
        }
    }
}
