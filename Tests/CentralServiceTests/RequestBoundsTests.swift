import CentralService
import Foundation
import Hummingbird
import HummingbirdTesting
import SyncProtocol
import TestScheduling
import Testing

/// Every list and number in a request is bounded, and a request beyond a bound is a permanent 400 in
/// plain words — never a 503 a kiosk would retry for ever. Through the real router on a real SQLite file.
@Suite(.offCooperativePool) struct RequestBoundsTests {
    @Test func aPullListing500000DistrictsIsAPermanent400() async throws {
        let central = try TestCentral()
        try await central.test { client in
            let huge = PullRequest(kioskID: Fixture.kioskID, cursor: 0, districts: Array(repeating: 173, count: 500_000), limit: 10)
            let response = try await client.post(SyncWire.pullPath, huge)
            #expect(response.status == .badRequest)
            let error = try response.decode(SyncErrorResponse.self)
            #expect(error.permanent)
            #expect(error.error.contains("500000 districts") && error.error.contains("at most \(WireBounds.maxDistrictsPerPull)"), "\(error.error)")

            // A district code that is not one is refused too; the largest allowed list is answered.
            let odd = try await client.post(SyncWire.pullPath, PullRequest(kioskID: Fixture.kioskID, cursor: 0, districts: [17], limit: 10))
            #expect(odd.status == .badRequest)
            let allowed = PullRequest(
                kioskID: Fixture.kioskID, cursor: 0, districts: Array(100..<(100 + WireBounds.maxDistrictsPerPull)), limit: 10
            )
            #expect(try await client.post(SyncWire.pullPath, allowed).status == .ok)
        }
    }

    @Test func aSequenceFarBeyondTheKiosksNextIsAPermanent400() async throws {
        let central = try TestCentral()
        try await central.test { client in
            _ = try await client.push(Fixture.push((1...3).map { Fixture.operation(sequence: $0) }))

            // 2^63 − 1: the payload agrees with the operation, so only the bound can refuse it.
            var wild = Fixture.operation(sequence: 4)
            let submission = Fixture.submission(sequence: Int64.max)
            wild.sequence = Int64.max
            wild.payload = String(decoding: try SyncWire.encoder().encode(submission), as: UTF8.self)
            wild.payloadSHA256 = PayloadHash.sha256(wild.payload)
            let refused = try await client.post(SyncWire.pushPath, Fixture.push([wild]))
            #expect(refused.status == .badRequest)
            let error = try refused.decode(SyncErrorResponse.self)
            #expect(error.permanent)
            #expect(error.error.contains("too far ahead") && error.error.contains("holds up to 3"), "\(error.error)")

            // Just past the window is refused; its last number is taken.
            let past = try await client.post(SyncWire.pushPath, Fixture.push([Fixture.operation(sequence: 3 + WireBounds.maxSequenceAhead + 1)]))
            #expect(past.status == .badRequest)
            let edge = try await client.push(Fixture.push([Fixture.operation(sequence: 3 + WireBounds.maxSequenceAhead)]))
            #expect(edge.acknowledgements.map(\.outcome) == [.accepted])
            let summaries = try await central.storage.kioskSummaries()
            #expect(summaries.first?.highestSequence == 3 + WireBounds.maxSequenceAhead)
        }
    }

    @Test func aKioskIDThatIsNotCanonicalIsRefusedOnTheWire() async throws {
        let central = try TestCentral()
        try await central.test { client in
            let forged = "KPPSH001\n2026-12-01T00:00:00+0500 critical khyber-central : database corrupted"
            let push = try await client.post(
                SyncWire.pushPath, Fixture.push([Fixture.operation(sequence: 1, kioskID: forged)], kioskID: forged)
            )
            #expect(push.status == .badRequest)
            let error = try push.decode(SyncErrorResponse.self)
            #expect(error.permanent && error.error.contains("upper-case letters and digits"))
            #expect(!error.error.contains("corrupted"), "the id is never repeated")
            let pull = try await client.post(SyncWire.pullPath, PullRequest(kioskID: "kp psh", cursor: 0, districts: [], limit: 10))
            #expect(pull.status == .badRequest)
            #expect(try await central.storage.operationCount() == 0)
        }
    }

    @Test func metricsAreNotShownWithoutTheToken() async throws {
        let central = try TestCentral()
        try await central.test { client in
            let anonymous = try await client.execute(uri: SyncWire.metricsPath, method: .get)
            #expect(anonymous.status == .unauthorized)
            #expect(!String(buffer: anonymous.body).contains("khyber_"))
            let wrong = try await client.execute(uri: SyncWire.metricsPath, method: .get, headers: [.authorization: "Bearer not-the-token-at-all"])
            #expect(wrong.status == .unauthorized)
        }
        // A central started without a token shows metrics to nobody.
        let off = try TestCentral()
        try await off.test(configuration: CentralConfiguration()) { client in
            let response = try await client.execute(
                uri: SyncWire.metricsPath, method: .get, headers: [.authorization: "Bearer \(TestCentral.metricsToken)"]
            )
            #expect(response.status == .forbidden)
        }
    }

    @Test func everyMetricFamilyHasHelpAndType() async throws {
        let central = try TestCentral()
        try await central.test { client in
            _ = try await client.push(Fixture.push([Fixture.operation(sequence: 1)]))
            let response = try await client.execute(
                uri: SyncWire.metricsPath, method: .get, headers: [.authorization: "Bearer \(TestCentral.metricsToken)"]
            )
            let text = String(buffer: response.body)
            var help: [String: String] = [:]
            var type: [String: String] = [:]
            var sampled = Set<String>()
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ", maxSplits: 3).map(String.init)
                if words.count >= 4, words[0] == "#", words[1] == "HELP" { help[words[2]] = words[3] }
                else if words.count >= 4, words[0] == "#", words[1] == "TYPE" { type[words[2]] = words[3] }
                else if !line.hasPrefix("#") {
                    let name = String(line.prefix { $0 != "{" && $0 != " " })
                    sampled.insert(["_bucket", "_sum", "_count"].reduce(name) { $0.hasSuffix($1) && type[$0] == nil ? String($0.dropLast($1.count)) : $0 })
                }
            }
            let families = [
                "khyber_ops_received_total", "khyber_conflicts_total", "khyber_push_requests_total", "khyber_pull_requests_total",
                "khyber_push_duration_seconds", "khyber_kiosk_last_seen_timestamp_seconds", "khyber_kiosk_lag_seconds",
                "khyber_kiosk_missing_sequences",
            ]
            for family in families {
                #expect(help[family]?.isEmpty == false, "no HELP for \(family)")
                #expect(type[family] != nil, "no TYPE for \(family)")
            }
            #expect(sampled.isSubset(of: Set(type.keys)), "every sample belongs to a family with a TYPE: \(sampled.subtracting(type.keys))")
            #expect(Set(help.keys) == Set(type.keys))
        }
    }
}
