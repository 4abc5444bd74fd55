import CentralService
import Foundation
import Hummingbird
import HummingbirdTesting
import SyncProtocol
import TestScheduling
import Testing

@Suite(.offCooperativePool) struct MetricsTests {
    @Test func countersAndGaugesAfterPushes() async throws {
        let central = try TestCentral()
        try await central.test { client in
            _ = try await client.push(Fixture.push((1...3).map { Fixture.operation(sequence: $0) }))   // 3 accepted
            var conflicting = Fixture.operation(sequence: 1, cnic: "1730198765431")
            conflicting.opID = Fixture.operation(sequence: 1).opID
            var badHash = Fixture.operation(sequence: 5)
            badHash.payloadSHA256 = String(repeating: "a", count: 64)
            // 1 duplicate, 1 conflict, 1 rejected, 1 accepted (sequence 6: 4 and 5 missing)
            _ = try await client.push(Fixture.push([Fixture.operation(sequence: 2), conflicting, badHash, Fixture.operation(sequence: 6)]))
            _ = try await client.post(SyncWire.pushPath, Fixture.push([]))   // a push refused as a whole still counts as a request
            _ = try await client.post(SyncWire.pullPath, PullRequest(kioskID: Fixture.kioskID, cursor: 0, districts: [], limit: 10))

            let response = try await client.execute(uri: SyncWire.metricsPath, method: .get, headers: [.authorization: "Bearer \(TestCentral.metricsToken)"])
            #expect(response.status == .ok)
            #expect(response.versionHeader == "1")
            #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
            let samples = PrometheusText.samples(String(buffer: response.body))

            #expect(samples[#"khyber_ops_received_total{outcome="accepted"}"#] == 4)
            #expect(samples[#"khyber_ops_received_total{outcome="duplicate"}"#] == 1)
            #expect(samples[#"khyber_ops_received_total{outcome="conflict"}"#] == 1)
            #expect(samples[#"khyber_ops_received_total{outcome="rejected"}"#] == 1)
            #expect(samples["khyber_push_requests_total"] == 3)
            #expect(samples["khyber_pull_requests_total"] == 1)
            #expect(samples["khyber_conflicts_total"] == 1)
            #expect(samples["khyber_push_duration_seconds_count"] == 3)
            #expect(samples[#"khyber_kiosk_missing_sequences{kiosk="KPPSH001"}"#] == 2)
            let lastSeen = try #require(samples[#"khyber_kiosk_last_seen_timestamp_seconds{kiosk="KPPSH001"}"#])
            #expect(abs(lastSeen - Date().timeIntervalSince1970) < 60)
            #expect(samples[#"khyber_kiosk_lag_seconds{kiosk="KPPSH001"}"#] != nil)
        }
    }

    @Test func twoAppsInOneProcessKeepSeparateCounts() async throws {
        let first = try TestCentral()
        let second = try TestCentral()
        try await first.test { client in
            _ = try await client.push(Fixture.push([Fixture.operation(sequence: 1)]))
        }
        try await second.test { client in
            let text = try await client.execute(uri: SyncWire.metricsPath, method: .get, headers: [.authorization: "Bearer \(TestCentral.metricsToken)"])
            let samples = PrometheusText.samples(String(buffer: text.body))
            #expect(samples[#"khyber_ops_received_total{outcome="accepted"}"#] == 0)
            #expect(samples["khyber_push_requests_total"] == 0)
        }
        #expect(PrometheusText.samples(first.metrics.render())[#"khyber_ops_received_total{outcome="accepted"}"#] == 1)
    }
}

/// Reads the Prometheus text format into `name{labels}` → value (comments skipped).
enum PrometheusText {
    static func samples(_ text: String) -> [String: Double] {
        var samples: [String: Double] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else { continue }
            samples[String(line[..<space])] = value
        }
        return samples
    }
}
