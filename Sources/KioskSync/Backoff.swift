/// Exponential backoff with jitter for reconnect probes: the n-th consecutive failure waits about
/// `base × 2ⁿ`, capped at `maximum`, and a random part of it ("equal jitter": between half and all of
/// it) so a hundred kiosks coming back after a power cut do not all knock at the same second.
public struct Backoff: Sendable, Equatable {
    public var baseSeconds: Double
    public var maximumSeconds: Double

    public init(baseSeconds: Double = 1, maximumSeconds: Double = 60) {
        self.baseSeconds = baseSeconds
        self.maximumSeconds = maximumSeconds
    }

    /// Seconds to wait after `failures` consecutive failures (≥ 1); `random` in 0..<1.
    public func delay(afterFailures failures: Int, random: Double) -> Double {
        let exponent = Double(min(max(failures, 1) - 1, 30))
        let ceiling = min(maximumSeconds, baseSeconds * pow2(exponent))
        return ceiling / 2 + ceiling / 2 * min(max(random, 0), 1)
    }

    private func pow2(_ exponent: Double) -> Double {
        var value = 1.0
        for _ in 0..<Int(exponent) { value *= 2 }
        return value
    }
}
