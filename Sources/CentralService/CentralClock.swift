import Foundation
import SyncProtocol

/// The central's hybrid logical clock: one `HybridLogicalClock` per process, behind an actor so every
/// request handler reads and advances the same clock. The service itself keeps no other state.
public actor CentralClock {
    private var clock: HybridLogicalClock

    /// A clock that starts at `last` (usually `.zero`: the wall clock moves it on at once).
    public init(last: HLCTimestamp = .zero) {
        self.clock = HybridLogicalClock(last: last)
    }

    /// A reading for a local event (a pull answered, a health probe, a status change).
    public func tick(now: Date = Date()) -> HLCTimestamp {
        clock.tick(wallMillis: Self.millis(now))
    }

    /// Takes in a kiosk's reading and returns a later local one. A reading too far ahead of the wall
    /// clock is not taken in (see `HybridLogicalClock.maximumForwardDriftMillis`): the answer is then a
    /// plain tick.
    public func receive(_ remote: HLCTimestamp, now: Date = Date()) -> HLCTimestamp {
        let wall = Self.millis(now)
        return clock.receive(remote, wallMillis: wall) ?? clock.tick(wallMillis: wall)
    }

    /// The last reading given out.
    public var last: HLCTimestamp { clock.last }

    static func millis(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    }
}
