import Screen

/// Drops the second half of a scanner's CR LF: an Enter that comes this soon after another Enter,
/// with no key between, is the LF of the pair, not a second press. A person cannot press Enter
/// twice within 15 ms; a keyboard-wedge scanner sends both within one millisecond.
public struct ScannerEnterFilter: Sendable {
    /// How close two Enters must be for the second to be dropped.
    public static let window: Duration = .milliseconds(15)

    private var lastEnter: ContinuousClock.Instant?

    /// A filter that has seen no key yet.
    public init() {}

    /// True when `key`, arriving at `instant`, is a real press to pass on.
    public mutating func accepts(_ key: KeyEvent, at instant: ContinuousClock.Instant) -> Bool {
        guard key == .enter else {
            lastEnter = nil
            return true
        }
        let previous = lastEnter
        lastEnter = instant
        if let previous, previous.duration(to: instant) < Self.window { return false }
        return true
    }
}
