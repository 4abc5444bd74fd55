import Foundation

/// The central's own view of its push handler (`khyber_push_duration_seconds` on `GET /metrics`): how
/// many pushes, their summed duration, and the histogram's cumulative buckets.
struct CentralPushMetrics {
    var count = 0.0
    var sumSeconds = 0.0
    /// (upper bound in seconds, pushes at or below it), ascending.
    var buckets: [(le: Double, count: Double)] = []

    /// Reads `/metrics` from the central on `port` (one plain HTTP/1.1 GET).
    static func read(port: Int) throws -> CentralPushMetrics {
        guard let socketFD = LoopbackSocket.connect(port: port) else { throw StoreBenchError(description: "cannot reach the central's /metrics") }
        defer { close(socketFD) }
        let request = "GET /metrics HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n"
        guard LoopbackSocket.writeAll(socketFD, Array(request.utf8)), let reply = LoopbackSocket.readMessage(socketFD) else {
            throw StoreBenchError(description: "no answer from the central's /metrics")
        }
        return parse(String(decoding: reply.body, as: UTF8.self))
    }

    static func parse(_ text: String) -> CentralPushMetrics {
        var metrics = CentralPushMetrics()
        let name = "khyber_push_duration_seconds"
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            guard let value = line.split(separator: " ").last.flatMap({ Double($0) }) else { continue }
            if line.hasPrefix(name + "_count") {
                metrics.count = value
            } else if line.hasPrefix(name + "_sum") {
                metrics.sumSeconds = value
            } else if line.hasPrefix(name + "_bucket"), let range = line.range(of: "le=\"") {
                let bound = line[range.upperBound...].prefix { $0 != "\"" }
                metrics.buckets.append((bound == "+Inf" ? .infinity : Double(bound) ?? .infinity, value))
            }
        }
        metrics.buckets.sort { $0.le < $1.le }
        return metrics
    }

    /// The upper bound of the bucket holding the p-th percentile (0...100): "p99 ≤ this".
    func percentileBound(_ p: Double) -> Double? {
        guard count > 0 else { return nil }
        return buckets.first { $0.count >= count * p / 100 }?.le
    }

    /// Mean handler time in seconds.
    var meanSeconds: Double { count > 0 ? sumSeconds / count : 0 }
}
