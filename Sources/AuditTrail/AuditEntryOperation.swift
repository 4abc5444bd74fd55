import Foundation

/// The payload of an `audit.entry` outbox operation: the sealed entry exactly as stored (CNIC masked), and,
/// beside it, the citizen's full CNIC (13 digits) when the entry concerns one — outside the signed entry,
/// only so the central can file a keyed lookup hash of it (`khyber-central audit list --cnic`). The
/// central checks that the CNIC masks to the entry's `citizen` and never stores the digits.
public struct AuditEntryOperation: Codable, Hashable, Sendable {
    public var format = 1
    public var entry: AuditEntry
    public var cnic: String?

    public init(entry: AuditEntry, cnic: String?) {
        self.entry = entry
        self.cnic = cnic
    }

    /// Sorted keys, unescaped slashes: the same entry always gives the same bytes.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    public static func decode(_ text: String) -> AuditEntryOperation? {
        try? JSONDecoder().decode(AuditEntryOperation.self, from: Data(text.utf8))
    }
}
