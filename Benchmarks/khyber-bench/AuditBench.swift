import AuditTrail
import Crypto
import Foundation
import IdentityCore
import KioskStore
import SyntheticRegistry

/// Issue 11's audit rows: what an audited action costs over a plain write in the same run, and how long
/// `audit verify` takes over 100,000 entries.
func runAuditBenchmarks(dataDirectory: URL) throws -> [String] {
    try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
    let url = dataDirectory.appendingPathComponent("audit-bench.sqlite")
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
    let registry = try RegistryDatabase(url: url)
    let catalog = try DistrictCatalog(json: Data(contentsOf: URL(fileURLWithPath: "Assets/districts.json")))
    try RegistrySeeder(database: registry, batchSize: 1_000).seed(try SyntheticRegistry(seed: 3, catalog: catalog).seedingSequence(count: 1_000), expectedCount: 1_002)
    let key = Curve25519.Signing.PrivateKey()
    registry.useAuditSigner(AuditSigner(kioskID: "KP-BENCH-001", privateKey: key))
    let cnic = DemoCitizens.irfan.cnic
    var credential = try PINCredential.make(pin: "4826", costLog2: 4)
    try registry.setPIN(credential, for: cnic)

    let count = 2_000
    // A plain PIN-state write (a wrong try, no lock-out: no operation, no entry), then the same kind of
    // write with its audit entry, interleaved so both see the same disk.
    var plain: [UInt64] = []
    var audited: [UInt64] = []
    var pinSets: [UInt64] = []
    for index in 0..<count {
        credential.failedAttempts = 1 + index % 3
        let start = Stopwatch.now()
        try registry.savePINState(credential, for: cnic)
        plain.append(Stopwatch.now() - start)
        let event = AuditEvent(action: .cardChecked, operatorID: "OP-0042", cnic: cnic, detail: ["n": String(index)])
        let auditStart = Stopwatch.now()
        try registry.appendAudit(event)
        audited.append(Stopwatch.now() - auditStart)
        if index < 500 {
            let setStart = Stopwatch.now()
            try registry.setPIN(credential, for: cnic, audit: AuditEvent(action: .pinReset, operatorID: "OP-0042", coSignerID: "SV-0007", cnic: cnic))
            pinSets.append(Stopwatch.now() - setStart)
        }
    }
    // Up to 100,000 entries, 5,000 a transaction, then the kiosk's whole verification.
    let have = try registry.auditEntryCount()
    var remaining = 100_000 - have
    while remaining > 0 {
        let batch = min(5_000, remaining)
        try registry.appendAudit((0..<batch).map { AuditEvent(action: .operatorSignedIn, operatorID: "OP-\($0 % 40)", detail: ["n": String($0)]) })
        remaining -= batch
    }
    let entries = try registry.auditEntryCount()
    let verifyStart = Stopwatch.now()
    let report = try registry.verifyAuditTrail(kioskID: "KP-BENCH-001", publicKey: key.publicKey)
    let verifyNanos = Stopwatch.now() - verifyStart
    guard report.firstBreak == nil, report.entries == entries else { throw BenchError(description: "the bench chain did not verify: \(report)") }
    try registry.close()
    func row(_ label: String, _ samples: [UInt64]) -> String {
        "  \(label)median \(Stopwatch.format(nanoseconds: Stopwatch.percentile(samples, 50)))  p99 \(Stopwatch.format(nanoseconds: Stopwatch.percentile(samples, 99)))"
    }
    return [
        "Audit trail (SQLite, synchronous=FULL, one transaction each)",
        row("plain PIN-state write          ", plain),
        row("audit append (entry + op)      ", audited),
        row("setPIN + pin.set + audit entry ", pinSets) + "  (scrypt not included: verifier made once)",
        "  audit verify over \(entries) entries   \(Stopwatch.format(nanoseconds: verifyNanos))"
            + String(format: "  (%.0f entries/s)", Double(entries) / (Double(verifyNanos) / 1e9)),
    ]
}
