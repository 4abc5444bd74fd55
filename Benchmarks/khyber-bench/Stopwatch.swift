import Foundation

/// Monotonic timing and percentiles for the benchmark tables.
enum Stopwatch {
    /// Nanoseconds on the monotonic clock.
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Runs `body` `count` times and returns each run's duration in nanoseconds.
    static func sample(_ count: Int, _ body: (Int) throws -> Void) rethrows -> [UInt64] {
        var samples: [UInt64] = []
        samples.reserveCapacity(count)
        for index in 0..<count {
            let start = now()
            try body(index)
            samples.append(now() - start)
        }
        return samples
    }

    /// The p-th percentile (0...100) of samples.
    static func percentile(_ samples: [UInt64], _ p: Double) -> UInt64 {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        let index = min(sorted.count - 1, Int((p / 100 * Double(sorted.count - 1)).rounded()))
        return sorted[index]
    }

    /// `12.3 µs` / `4.56 ms` style.
    static func format(nanoseconds: UInt64) -> String {
        let value = Double(nanoseconds)
        if value < 1_000 { return String(format: "%.0f ns", value) }
        if value < 1_000_000 { return String(format: "%.1f µs", value / 1_000) }
        if value < 1_000_000_000 { return String(format: "%.2f ms", value / 1_000_000) }
        return String(format: "%.2f s", value / 1_000_000_000)
    }
}
