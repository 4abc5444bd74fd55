import Foundation
import Synchronization

/// RFC 9562 version 7 UUIDs: a 48-bit Unix timestamp in milliseconds, the version nibble 7, the
/// variant bits `10`, and 74 bits that are random — except within one millisecond, where they count
/// up from the previous id (RFC 9562 §6.2 method 2), so ids made by one generator always sort in the
/// order they were made, as text and as bytes.
///
/// Written here (no package in the tree makes version 7 UUIDs). Pure: the clock reading and the
/// random source are passed in.
public struct UUIDv7: Sendable {
    /// The milliseconds and 74-bit counter of the last id made, when any.
    private var last: (milliseconds: UInt64, counter: Counter)?

    /// A generator that has made no id yet.
    public init() {}

    /// The next id at `instant`, never smaller than the previous one: a clock that steps back, or
    /// a millisecond that has seen an id already, reuses the previous timestamp with the counter plus one.
    public mutating func next(at instant: Date, using random: inout some RandomNumberGenerator) -> UUID {
        let clock = UInt64(max(0, (instant.timeIntervalSince1970 * 1000).rounded(.down)))
        var milliseconds = clock & 0xFFFF_FFFF_FFFF
        var counter = Counter(high: random.next() & Counter.highMask, low: random.next() & Counter.lowMask)
        if let last, milliseconds <= last.milliseconds {
            milliseconds = last.milliseconds
            counter = last.counter
            if !counter.increment() { milliseconds += 1 } // 2^74 ids in one millisecond: borrow the next one
        }
        last = (milliseconds, counter)
        return UUIDv7.make(milliseconds: milliseconds, randomA: counter.high, randomB: counter.low)
    }

    /// Lays out one id: `milliseconds` (48 bits), version 7, `randomA` (12 bits), variant `10`, `randomB` (62 bits).
    public static func make(milliseconds: UInt64, randomA: UInt64, randomB: UInt64) -> UUID {
        let a = randomA & Counter.highMask, b = randomB & Counter.lowMask
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<6 { bytes[index] = UInt8(truncatingIfNeeded: milliseconds >> (40 - 8 * UInt64(index))) }
        bytes[6] = 0x70 | UInt8(truncatingIfNeeded: a >> 8)
        bytes[7] = UInt8(truncatingIfNeeded: a)
        bytes[8] = 0x80 | UInt8(truncatingIfNeeded: b >> 56)
        for index in 9..<16 { bytes[index] = UInt8(truncatingIfNeeded: b >> (8 * UInt64(15 - index))) }
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    /// The Unix time in milliseconds of a version 7 id; nil for any other UUID.
    public static func milliseconds(of id: UUID) -> UInt64? {
        let bytes = id.uuid
        guard bytes.6 >> 4 == 7, bytes.8 >> 6 == 0b10 else { return nil }
        return [bytes.0, bytes.1, bytes.2, bytes.3, bytes.4, bytes.5].reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Lowercase text, as stored (`018f…-7…-8…`): sorts like the bytes.
    public static func text(_ id: UUID) -> String { id.uuidString.lowercased() }

    /// The 74 bits after the timestamp: 12 (`rand_a`) then 62 (`rand_b`).
    private struct Counter: Sendable {
        static let highMask: UInt64 = 0xFFF
        static let lowMask: UInt64 = 0x3FFF_FFFF_FFFF_FFFF
        var high: UInt64
        var low: UInt64

        /// Adds one; false when all 74 bits were set (it wraps to zero).
        mutating func increment() -> Bool {
            if low < Counter.lowMask { low += 1; return true }
            low = 0
            if high < Counter.highMask { high += 1; return true }
            high = 0
            return false
        }
    }
}

/// One process-wide version 7 generator behind a mutex, so every id this process makes sorts after the last.
final class SharedUUIDv7: Sendable {
    private struct State {
        var generator = UUIDv7()
        var random = SystemRandomNumberGenerator()
    }

    private let state = Mutex(State())

    /// The process's generator.
    static let shared = SharedUUIDv7()

    /// The next id as lowercase text.
    func next(at instant: Date) -> String {
        state.withLock { state in UUIDv7.text(state.generator.next(at: instant, using: &state.random)) }
    }
}
