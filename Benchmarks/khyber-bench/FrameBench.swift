import Foundation
import KioskApp
import Screen
import Terminal

/// Frame time at 120×40: after each event of many kiosk visits, `Kiosk.view` and the terminal's
/// diff against the frame already on the glass (an `InMemoryTerminal`), timed per frame.
func runFrameBenchmarks(visits: Int = 90) throws -> [String] {
    let size = TerminalSize(width: 120, height: 40)
    let journey = try FrameJourney()
    let settings = KioskSettings(kioskID: "KP-PSH-001", centreName: "Peshawar Facilitation Centre", strings: benchStrings())
    var clock = Date()
    var state = KioskState(settings: settings, now: clock, size: size)
    _ = Kiosk.update(&state, .resize(size))
    let terminal = InMemoryTerminal(width: size.width, height: size.height)
    terminal.draw(Kiosk.view(state))

    var samples: [UInt64] = []
    var byScreen: [FrameScreenKind: [UInt64]] = [:]
    for _ in 0..<visits {
        let visit = journey.events(from: clock)
        clock = visit.end
        for event in visit.events {
            _ = Kiosk.update(&state, event)
            let start = Stopwatch.now()
            terminal.draw(Kiosk.view(state))
            let elapsed = Stopwatch.now() - start
            samples.append(elapsed)
            byScreen[FrameScreenKind(state), default: []].append(elapsed)
        }
    }
    guard byScreen[.myPass] != nil, byScreen[.idleWarning] != nil else {
        throw BenchError(description: "the frame journey never reached My Khyber Pass or the idle warning")
    }
    let changed = terminal.changedCellCounts.map { UInt64($0) }
    let median = Stopwatch.percentile(samples, 50)
    let perScreen = FrameScreenKind.allCases.compactMap { kind in
        byScreen[kind].map { "\(kind.rawValue) \(Stopwatch.format(nanoseconds: Stopwatch.percentile($0, 50)))" }
    }
    return [
        "Kiosk screen (120×40, \(samples.count.formatted()) frames over \(visits) visits)",
        "  view + diff per frame        median \(Stopwatch.format(nanoseconds: median))  p99 \(Stopwatch.format(nanoseconds: Stopwatch.percentile(samples, 99)))  (target median ≤ 2 ms)",
        "  median by screen             " + perScreen.joined(separator: ", "),
        "  cells changed per frame      median \(Stopwatch.percentile(changed, 50))  p99 \(Stopwatch.percentile(changed, 99)) of \(size.width * size.height)",
    ]
}

/// Which screen a frame showed, for the per-screen medians.
enum FrameScreenKind: String, CaseIterable {
    case welcome = "Welcome", pin = "PIN", home = "Home", myPass = "My Pass", idleWarning = "idle countdown", other = "other"

    /// The kind of screen `state` shows (the idle warning wins over the screen under it).
    init(_ state: KioskState) {
        if state.idleWarningDeadline != nil { self = .idleWarning; return }
        switch state.screen {
        case .welcome: self = .welcome
        case .pin: self = .pin
        case .home: self = .home
        case .myPass: self = .myPass
        default: self = .other
        }
    }
}
