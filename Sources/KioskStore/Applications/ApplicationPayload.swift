import Crypto
import Foundation

/// An application as the central store needs it: the `payload` of its `application.submitted`
/// outbox operation. Encoded as JSON with sorted keys (the same application always gives the same
/// bytes), and hashed with SHA-256 so both sides can compare content without comparing text.
struct ApplicationPayload: Codable, Equatable, Sendable {
    /// Version of this payload's layout.
    var format = 1
    var id: String
    var tracking: String
    var kioskID: String
    var sequence: Int64
    var serviceID: String
    var serviceVersion: Int
    /// The 13 digits, no dashes.
    var cnic: String
    var answers: [String: String]
    var fee: Int
    var paymentReference: String
    var status: String
    /// ISO 8601 with milliseconds, UTC.
    var submittedAt: String
    /// The operator who filled it in for the citizen (absent, not null, when the citizen applied alone, so
    /// older payloads keep their bytes).
    var assistedBy: String? = nil

    /// The JSON bytes stored in the outbox.
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Lowercase hex SHA-256 of `data`.
    static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// `2026-05-01T09:30:00.123Z`.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
