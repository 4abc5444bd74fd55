import Crypto
import Foundation
import IdentityCore
import QRCode

/// Pass sign/verify throughput and QR encode + render time.
func runCredentialBenchmarks() throws -> [String] {
    let signer = Ed25519PassSigner(privateKey: Curve25519.Signing.PrivateKey())
    let verifier = PassVerifier(trustList: TrustList(signers: [TrustedSigner(keyID: signer.keyID, publicKey: signer.publicKey, label: "bench")]))
    let cnic = try CNIC("17301-1234567-1")
    let today = CalendarDate(pakistanDayOf: Date())
    let count = 5_000
    var texts: [String] = []
    texts.reserveCapacity(count)
    let signStart = Stopwatch.now()
    for index in 0..<count {
        let claims = PassClaims(keyID: 0, cnic: cnic, serial: UInt32(index + 1), issuedOn: today, validityMonths: 60)
        texts.append(try PassIssuer.issue(claims, with: signer))
    }
    let signSeconds = Double(Stopwatch.now() - signStart) / 1e9
    let now = Date()
    var valid = 0
    let verifyStart = Stopwatch.now()
    for text in texts where verifier.verify(text, now: now).isValid { valid += 1 }
    let verifySeconds = Double(Stopwatch.now() - verifyStart) / 1e9
    guard valid == count else { throw BenchError(description: "only \(valid) of \(count) passes verified") }

    var version = 0
    let qrSamples = try Stopwatch.sample(2_000) { index in
        let matrix = try QREncoder.encodeAlphanumeric(texts[index % texts.count])
        version = matrix.version ?? 0
        let grid = HalfBlockRenderer().render(matrix)
        precondition(grid.width == 45)
    }
    return [
        "Khyber Pass credential",
        String(format: "  sign (issue, incl. Base45)     %8.0f passes/s", Double(count) / signSeconds),
        String(format: "  verify (parse + Ed25519 + dates) %6.0f passes/s", Double(count) / verifySeconds),
        "  QR encode + half-block render   median \(Stopwatch.format(nanoseconds: Stopwatch.percentile(qrSamples, 50)))  p99 \(Stopwatch.format(nanoseconds: Stopwatch.percentile(qrSamples, 99)))  (version \(version), 45×23 cells)",
    ]
}

/// A benchmark that could not measure what it meant to.
struct BenchError: Error, CustomStringConvertible {
    let description: String
}
