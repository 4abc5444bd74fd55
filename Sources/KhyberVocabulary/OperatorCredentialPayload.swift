import Foundation

/// The payload of an `operator.credential` operation: the new verifier an operator's password hashes to,
/// set at a kiosk — never the password. The central files it for the next trust bundle when the kiosk is an
/// enrolled kiosk of the operator's centre and the verifier is newer than the one it holds.
public struct OperatorCredentialPayload: Codable, Hashable, Sendable {
    /// `OP-0042`.
    public var operatorID: String
    /// The centre the kiosk believed the operator belongs to (the central checks it against its own records).
    public var centre: String
    /// `password`.
    public var kind: String
    /// Base64 of the 32-byte scrypt output (r = 8, p = 1).
    public var hash: String
    /// Base64 of the random salt (16 bytes).
    public var salt: String
    /// scrypt cost as log2(N).
    public var costLog2: Int
    /// The credential's version: one above the verifier it replaced.
    public var version: Int64
    /// When it was set, ISO 8601 UTC in whole seconds (`2026-12-02T01:30:00Z`).
    public var setAt: String
    /// The canonical id of the kiosk it was set at.
    public var kioskID: String

    public init(
        operatorID: String, centre: String, kind: String, hash: String, salt: String, costLog2: Int, version: Int64, setAt: String, kioskID: String
    ) {
        self.operatorID = operatorID
        self.centre = centre
        self.kind = kind
        self.hash = hash
        self.salt = salt
        self.costLog2 = costLog2
        self.version = version
        self.setAt = setAt
        self.kioskID = kioskID
    }

    /// The stored and sent form: JSON, keys sorted, slashes unescaped (the same value, the same bytes).
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// `setAt` as the payload writes it.
    public static func timestamp(_ instant: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: instant.timeIntervalSince1970.rounded(.down)))
    }

    /// `setAt` read back; nil when it is not ISO 8601 UTC.
    public static func instant(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
