import KioskApp
import Screen
import Testing

/// An exhaustive store for the core's tests, in the spirit of TCA's `TestStore`: each event goes
/// through the real `Kiosk.update`, and the test says exactly which effects come out and how the
/// state changes. An effect or a state change left unsaid fails the test at the caller's line,
/// with a diff of what differed.
struct TestStore {
    /// The state after every event sent so far.
    private(set) var state: KioskState

    /// A store starting from `state`.
    init(_ state: KioskState) {
        self.state = state
    }

    /// The frame `Kiosk.view` draws for the current state.
    var frame: Frame { Kiosk.view(state) }

    /// Sends `event`. It must return exactly `effects`, and the state after it must be the state
    /// before it with `change` applied (no `change`: nothing may change). Returns the effects.
    @discardableResult
    mutating func send(
        _ event: KioskEvent, expecting effects: [KioskEffect], sourceLocation: SourceLocation = #_sourceLocation,
        _ change: (inout KioskState) -> Void = { _ in }
    ) -> [KioskEffect] {
        send([event], expecting: effects, sourceLocation: sourceLocation, change)
    }

    /// Sends `events` in order. Together they must return exactly `effects` (in order), and the
    /// state after the last must be the state before the first with `change` applied. Returns the effects.
    @discardableResult
    mutating func send(
        _ events: [KioskEvent], expecting effects: [KioskEffect], sourceLocation: SourceLocation = #_sourceLocation,
        _ change: (inout KioskState) -> Void = { _ in }
    ) -> [KioskEffect] {
        let before = state
        let produced = run(events)
        var expected = before
        change(&expected)
        let what = Self.describe(events)
        if produced != effects {
            let diff = StateDiff.lines(expected: effects, actual: produced)
            Issue.record("Effects of \(what) differ (− expected, + actual):\n\(diff)", sourceLocation: sourceLocation)
        }
        if state != expected {
            let diff = StateDiff.lines(expected: expected, actual: state)
            Issue.record("State after \(what) differs (− expected, + actual):\n\(diff)", sourceLocation: sourceLocation)
        }
        return produced
    }

    /// For fixtures that build a starting state: sends `events`, checks that together they return
    /// exactly `effects`, and leaves the state they reach unasserted (the test that uses it asserts).
    mutating func setUp(_ events: [KioskEvent], expecting effects: [KioskEffect], sourceLocation: SourceLocation = #_sourceLocation) {
        let produced = run(events)
        if produced != effects {
            let diff = StateDiff.lines(expected: effects, actual: produced)
            Issue.record("Effects of \(Self.describe(events)) differ (− expected, + actual):\n\(diff)", sourceLocation: sourceLocation)
        }
    }

    /// Applies `events` to the state through the real update; every effect, in order.
    private mutating func run(_ events: [KioskEvent]) -> [KioskEffect] {
        events.flatMap { Kiosk.update(&state, $0) }
    }

    /// A short name for what was sent, for failure messages.
    private static func describe(_ events: [KioskEvent]) -> String {
        if events.count == 1 { return String(describing: events[0]) }
        let shown = events.prefix(3).map { String(describing: $0) }.joined(separator: ", ")
        return "[\(shown)\(events.count > 3 ? ", … (\(events.count) events)" : "")]"
    }
}
