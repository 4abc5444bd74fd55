import ChildProcesses
import Crypto
import Foundation
import RequestSigning

/// `--only auth`: what request signing and TLS cost. Sign + verify of one request in-process (µs, for a small
/// pull body and a 500-operation push body), then one kiosk's push throughput to a central with
/// authentication off (`--insecure-accept-any-kiosk`, plain HTTP), on (enrolled, every request signed), and
/// on over TLS (a throw-away CA), in the same run, and their ratios to "off" (target ≥ 80 %).
func runAuthBenchmarks(dataDirectory: URL) async -> [String] {
    var lines = ["Request signing (RFC 9421 Ed25519 + RFC 9530 SHA-256)"]
    let key = Curve25519.Signing.PrivateKey()
    let signer = RequestSigner(keyID: "KPBENCHAUTH", privateKey: key)
    for (label, size) in [("pull body, 120 B", 120), ("push body, 500 ops ≈ 600 KB", 600_000)] {
        let body = [UInt8](repeating: UInt8(ascii: "a"), count: size)
        var signSamples: [UInt64] = []
        var verifySamples: [UInt64] = []
        let rounds = size > 10_000 ? 200 : 2_000
        for _ in 0..<rounds {
            let start = Stopwatch.now()
            guard let headers = try? signer.sign(method: "POST", path: "/v1/push", body: body) else { return lines + ["  signing failed"] }
            let signed = Stopwatch.now()
            let parts = SignedRequestParts(method: "POST", path: "/v1/push", fields: Dictionary(uniqueKeysWithValues: headers.fields.map { ($0.name, $0.value) }))
            guard let read = try? SignatureVerifier.read(parts), (try? SignatureVerifier.verify(read, request: parts, body: body, publicKey: key.publicKey)) != nil else {
                return lines + ["  verification failed"]
            }
            signSamples.append(signed - start)
            verifySamples.append(Stopwatch.now() - signed)
        }
        let sign = Double(Stopwatch.percentile(signSamples, 0.5)) / 1000
        let verify = Double(Stopwatch.percentile(verifySamples, 0.5)) / 1000
        lines.append(SyncBench.pad("sign + verify, \(label)") + String(format: "%.0f µs  (sign %.0f µs, verify %.0f µs; median of %d)", sign + verify, sign, verify, rounds))
    }

    let root = dataDirectory.appendingPathComponent("auth", isDirectory: true)
    try? FileManager.default.removeItem(at: root)
    let operations = 3_000
    let kioskID = "KP-BENCH-AUTH"
    let kioskFile = root.appendingPathComponent("kiosk-auth.sqlite")
    do {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        _ = try CentralProcess.binary()
        let factory = try BenchKiosks(folder: root)
        let template = try factory.template("auth-template.sqlite", citizens: 200, seed: 3)
        try factory.kiosk(from: template, at: kioskFile, kioskID: kioskID, applications: operations, batchSize: 1_000, seed: 3)
    } catch {
        return lines + ["  push throughput: skipped: \(error)"]
    }
    let tls: ThrowAwayCA
    do { tls = try ThrowAwayCA.make("bench-province", in: root) } catch { return lines + ["  push throughput: no throw-away CA: \(error)"] }
    let variants = [BenchSecurity.off, BenchSecurity(signed: true, tls: nil), BenchSecurity(signed: true, tls: tls)]
    // The three alternate, twice each, and the better run of each counts: on a shared machine one slow
    // run says more about the neighbours than about signing or TLS. The ratio is taken over the pushes
    // alone (the client's summed push durations, what signing and TLS touch); the round's wall time, with
    // the pull after the pushes, is printed beside it.
    var rates: [String: Double] = [:]
    var wallRates: [String: Double] = [:]
    for (round, security) in (variants + variants).enumerated() {
        let folder = root.appendingPathComponent("\(security.label.filter(\.isLetter))-\(round)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let result = try await PushThroughputBench.run(
                kioskFile: kioskFile, kioskID: kioskID, databaseURL: "sqlite:" + folder.appendingPathComponent("central.sqlite").path, folder: folder,
                security: security)
            let pushRate = Double(result.operations) / max(result.pushSeconds, 1e-9)
            rates[security.label] = max(rates[security.label] ?? 0, pushRate)
            wallRates[security.label] = max(wallRates[security.label] ?? 0, result.opsPerSecond)
            lines.append(SyncBench.pad("push \(operations.formatted()) ops, SQLite, \(security.label)")
                + String(format: "pushes %.2f s  ", result.pushSeconds) + SyncBench.count(pushRate) + " ops/s  "
                + String(format: "(round with pull %.2f s, %d pushes)", result.seconds, result.pushes))
        } catch {
            lines.append("  push, \(security.label): failed: \(error)")
        }
    }
    guard let off = rates[BenchSecurity.off.label] else { return lines }
    lines.append(SyncBench.pad("best of two, push ops/s") + variants.map { "\($0.label) " + (rates[$0.label].map(SyncBench.count) ?? "–") }.joined(separator: " · "))
    lines.append(SyncBench.pad("best of two, round ops/s") + variants.map { "\($0.label) " + (wallRates[$0.label].map(SyncBench.count) ?? "–") }.joined(separator: " · "))
    for security in variants.dropFirst() {
        guard let on = rates[security.label] else { continue }
        let ratio = on / off
        lines.append(SyncBench.pad("\(security.label) / off") + String(format: "%.1f %%", ratio * 100) + "  (target ≥ 80 %)  " + (ratio >= 0.8 ? "met" : "MISSED"))
    }
    return lines
}
