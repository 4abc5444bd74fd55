import Foundation

/// The part of a field bundle outside the ciphertext: signed with the rest, readable without any private key,
/// and holding NO personal data — ids, counts, sequence numbers, cursors, digests and public keys only.
/// One flat JSON object; the fields of other kinds are absent (docs/field-bundles.md lists which kind has which).
public struct FieldBundleManifest: Codable, Hashable, Sendable {
    /// 1.
    public var format: Int
    /// `operations`, `receipt` or `changes` (must match the file's kind byte).
    public var kind: String
    /// A random UUID naming this file.
    public var bundleID: String
    /// The kiosk it comes from (operations) or is for (receipt, changes); canonical.
    public var kioskID: String
    /// When it was made, milliseconds since 1970 (the maker's clock).
    public var createdAtMillis: Int64
    /// Lower-case hex SHA-256 of the recipient's raw X25519 public key; nil when the payload is not sealed.
    public var recipientKey: String?
    /// The plaintext payload's byte count.
    public var payloadBytes: Int
    /// Lower-case hex SHA-256 of the plaintext payload (checked after decryption).
    public var contentSHA256: String

    // operations
    /// The kiosk's export number: 1, 2, 3… (a later export covers everything an earlier one still held).
    public var exportSerial: Int64?
    /// How many operations it carries.
    public var operations: Int?
    /// The lowest and highest sequence number it carries (nil when it carries none).
    public var firstSequence: Int64?
    public var lastSequence: Int64?
    /// Operations per kind (`application.submitted`: 12, …).
    public var kinds: [String: Int]?
    /// The kiosk's pull scope and the cursor it last confirmed there: what a downward bundle starts from.
    public var pullScope: String?
    public var pullCursor: Int64?
    /// Base64 of the kiosk's X25519 public key that downward bundles are sealed to (signed with the rest).
    public var replyKey: String?

    // receipt
    /// The `bundleID` of the operations bundle it answers.
    public var answers: String?
    /// Acknowledgements per outcome (`accepted`, `duplicate`, `conflict`, `rejected`).
    public var outcomes: [String: Int]?

    // changes
    /// The cursor the changes start after, and the last change's id.
    public var fromCursor: Int64?
    public var nextCursor: Int64?
    /// How many changes it carries, and whether more were waiting at the central.
    public var changes: Int?
    public var hasMore: Bool?
    /// The version of the trust bundle it carries (nil: none).
    public var trustBundleVersion: Int64?

    public init(kind: FieldBundleKind, kioskID: String, createdAt: Date, bundleID: String = UUID().uuidString.lowercased()) {
        format = Int(FieldBundleFormat.version)
        self.kind = kind.description
        self.bundleID = bundleID
        self.kioskID = kioskID
        createdAtMillis = Int64((createdAt.timeIntervalSince1970 * 1000).rounded(.down))
        payloadBytes = 0
        contentSHA256 = ""
    }

    /// When it was made.
    public var createdAt: Date { Date(timeIntervalSince1970: Double(createdAtMillis) / 1000) }
}
