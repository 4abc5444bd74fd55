/// A hybrid logical clock (Kulkarni et al., 2014): readings never go backwards on one node, even when its
/// wall clock does, and a node that hears a later reading from another moves past it. So the order of
/// events across kiosks and the central store does not depend on any kiosk's wall clock being right.
///
/// A value type with no clock of its own: the caller passes the wall time, so tests pass any time.
public struct HybridLogicalClock: Sendable, Equatable {
    /// The last reading given out (or taken in).
    public private(set) var last: HLCTimestamp
    /// A remote reading further than this ahead of the local wall clock is not taken in (a kiosk whose
    /// clock is a year ahead must not drag the central store's clock along). Five minutes.
    public var maximumForwardDriftMillis: Int64 = 5 * 60 * 1000

    public init(last: HLCTimestamp = .zero) {
        self.last = last
    }

    /// A reading for a local event (an operation made, a message sent): later than every earlier one.
    public mutating func tick(wallMillis: Int64) -> HLCTimestamp {
        if wallMillis > last.wallMillis {
            last = HLCTimestamp(wallMillis: wallMillis, counter: 0)
        } else {
            last = Self.successor(of: last)
        }
        return last
    }

    /// Takes in a reading from another node and returns a local reading later than both.
    /// Returns nil — and changes nothing — when `remote` is more than `maximumForwardDriftMillis`
    /// ahead of `wallMillis`.
    @discardableResult
    public mutating func receive(_ remote: HLCTimestamp, wallMillis: Int64) -> HLCTimestamp? {
        guard remote.wallMillis <= wallMillis + maximumForwardDriftMillis else { return nil }
        let wall = max(wallMillis, last.wallMillis, remote.wallMillis)
        if wall == last.wallMillis && wall == remote.wallMillis {
            last = Self.successor(of: HLCTimestamp(wallMillis: wall, counter: max(last.counter, remote.counter)))
        } else if wall == last.wallMillis {
            last = Self.successor(of: last)
        } else if wall == remote.wallMillis {
            last = Self.successor(of: remote)
        } else {
            last = HLCTimestamp(wallMillis: wall, counter: 0)
        }
        return last
    }

    /// The next reading after `reading`; a full counter carries into the millisecond.
    static func successor(of reading: HLCTimestamp) -> HLCTimestamp {
        reading.counter >= HLCTimestamp.maxCounter
            ? HLCTimestamp(wallMillis: reading.wallMillis + 1, counter: 0)
            : HLCTimestamp(wallMillis: reading.wallMillis, counter: reading.counter + 1)
    }
}
