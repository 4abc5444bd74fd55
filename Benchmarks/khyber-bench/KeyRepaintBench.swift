import Foundation
import KioskApp

/// Key press → repaint through the pseudo-terminal: with the kiosk on Welcome, type a digit (or
/// Backspace) at the terminal and time until the CNIC field on the mirrored screen reads the new value.
struct KeyRepaintBench {
    /// The pseudo-terminal calls.
    let calls: PtyCalls
    /// The digits typed, twice over, each time erased again.
    var digits = "1730112345671"

    /// One sample per key: 13 digits, 13 Backspaces, twice.
    func measure(_ launch: KioskLaunch) throws -> [UInt64] {
        let session = try PtySession(
            executable: launch.executable, arguments: launch.arguments, environment: KioskLaunch.environment,
            width: 80, height: 24, calls: calls
        )
        defer { session.terminate() }
        guard session.wait(timeoutNanoseconds: 10_000_000_000, until: { $0.screen.contains(KioskLaunch.welcomeText) }) != nil else {
            throw BenchError(description: "the kiosk never showed its Welcome screen")
        }
        var samples: [UInt64] = []
        var entry = CNICEntry()
        let keys = Array(digits) + Array(repeating: "\u{7F}", count: digits.count)
        for key in keys + keys {
            if key == "\u{7F}" { entry.removeLast() } else { entry.append(key) }
            let expected = entry.template()
            let start = Stopwatch.now()
            session.send(Array(String(key).utf8))
            guard let shown = session.wait(timeoutNanoseconds: 3_000_000_000, until: { $0.screen.contains(expected) }) else {
                throw BenchError(description: "no repaint showing \(expected) within 3 s (key \(samples.count + 1))")
            }
            samples.append(shown - start)
        }
        return samples
    }
}
