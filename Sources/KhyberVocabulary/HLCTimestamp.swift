/// A hybrid logical clock reading: wall-clock milliseconds plus a counter that orders events within one
/// millisecond (or while the wall clock stands still or runs back).
///
/// Its text form, used on the wire and in both databases, sorts the same way the readings do:
/// 15 zero-padded decimal digits of milliseconds, a dash, 5 of the counter — `001764072000123-00004`.
public struct HLCTimestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01 UTC.
    public var wallMillis: Int64
    /// Orders readings with the same `wallMillis`.
    public var counter: Int

    /// The reading before every other.
    public static let zero = HLCTimestamp(wallMillis: 0, counter: 0)
    /// The largest counter; past it, the clock moves its wall part on by one millisecond.
    public static let maxCounter = 99_999

    public init(wallMillis: Int64, counter: Int) {
        self.wallMillis = wallMillis
        self.counter = counter
    }

    /// Parses the text form; nil for anything else.
    public init?(text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 15, parts[1].count == 5,
              parts[0].utf8.allSatisfy({ (0x30...0x39).contains($0) }), parts[1].utf8.allSatisfy({ (0x30...0x39).contains($0) }),
              let wall = Int64(parts[0]), let counter = Int(parts[1]) else { return nil }
        self.init(wallMillis: wall, counter: counter)
    }

    /// `001764072000123-00004`.
    public var text: String {
        let wall = String(max(0, wallMillis))
        let count = String(max(0, min(counter, Self.maxCounter)))
        return String(repeating: "0", count: max(0, 15 - wall.count)) + wall + "-" + String(repeating: "0", count: 5 - count.count) + count
    }

    public var description: String { text }

    public static func < (lhs: HLCTimestamp, rhs: HLCTimestamp) -> Bool {
        (lhs.wallMillis, lhs.counter) < (rhs.wallMillis, rhs.counter)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = HLCTimestamp(text: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a hybrid logical clock reading: \(text.prefix(40))")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
