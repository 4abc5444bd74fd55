import Foundation

/// Spawn → first painted frame in an 80×24 pseudo-terminal: how long until the child's output shows `text`.
struct StartupBench {
    /// The pseudo-terminal calls.
    let calls: PtyCalls
    /// How long one run may take before it counts as failed.
    var timeoutNanoseconds: UInt64 = 10_000_000_000

    /// Runs `executable` `runs` times (after one untimed warm-up run) and returns each time to `text`.
    func measure(_ executable: String, _ arguments: [String], until text: String, runs: Int) throws -> [UInt64] {
        var samples: [UInt64] = []
        for run in 0...runs {
            let session = try PtySession(
                executable: executable, arguments: arguments, environment: KioskLaunch.environment,
                width: 80, height: 24, calls: calls
            )
            defer { session.terminate() }
            let shown = session.wait(timeoutNanoseconds: timeoutNanoseconds) { $0.outputContains(text) || $0.screen.contains(text) }
            guard let shown else {
                let screen = session.screen.lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.prefix(6)
                throw BenchError(description: "\((executable as NSString).lastPathComponent) never showed \"\(text)\"; its screen: \(screen.joined(separator: " | "))")
            }
            if run > 0 { samples.append(shown - session.spawnedAt) }
        }
        return samples
    }
}
