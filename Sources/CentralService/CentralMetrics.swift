import CentralStore
import Foundation
import Metrics
import Prometheus
import SyncProtocol

/// The service's metrics: swift-metrics instruments made by a `PrometheusMetricsFactory` of this
/// instance's own `PrometheusCollectorRegistry` — no global `MetricsSystem.bootstrap` needed, so one
/// process can run many apps (tests do). `/metrics` renders `registry` in the Prometheus text format.
///
/// The per-kiosk gauges describe the STORE (from `kioskSummaries()`), not this instance: every instance
/// sharing one PostgreSQL reports the same values.
public final class CentralMetrics: Sendable {
    /// Where every instrument lives; render it with `emitToString()`.
    public let registry: PrometheusCollectorRegistry
    /// The factory behind the instruments (also usable for `MetricsSystem.bootstrap`).
    public let factory: PrometheusMetricsFactory

    private let opsReceived: [AcknowledgementOutcome: Metrics.Counter]
    private let pushRequests: Metrics.Counter
    private let pullRequests: Metrics.Counter
    private let conflicts: Metrics.Counter
    private let pushDuration: Metrics.Timer

    /// Makes every instrument, at zero, in a fresh registry (or the one given).
    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets[Names.pushDuration] = [
            .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
            .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10), .seconds(30),
        ]
        self.factory = factory
        var ops: [AcknowledgementOutcome: Metrics.Counter] = [:]
        for outcome in AcknowledgementOutcome.allCases {
            ops[outcome] = Metrics.Counter(label: Names.opsReceived, dimensions: [("outcome", outcome.rawValue)], factory: factory)
        }
        self.opsReceived = ops
        self.pushRequests = Metrics.Counter(label: Names.pushRequests, factory: factory)
        self.pullRequests = Metrics.Counter(label: Names.pullRequests, factory: factory)
        self.conflicts = Metrics.Counter(label: Names.conflicts, factory: factory)
        self.pushDuration = Metrics.Timer(label: Names.pushDuration, factory: factory)
    }

    /// The metric names, as `/metrics` shows them.
    public enum Names {
        public static let opsReceived = "khyber_ops_received_total"
        public static let pushRequests = "khyber_push_requests_total"
        public static let pullRequests = "khyber_pull_requests_total"
        public static let pushDuration = "khyber_push_duration_seconds"
        public static let conflicts = "khyber_conflicts_total"
        public static let kioskLastSeen = "khyber_kiosk_last_seen_timestamp_seconds"
        public static let kioskLag = "khyber_kiosk_lag_seconds"
        public static let kioskMissing = "khyber_kiosk_missing_sequences"
    }

    /// The Prometheus text exposition of every instrument.
    public func render() -> String { registry.emitToString() }

    func pushReceived() { pushRequests.increment() }
    func pullReceived() { pullRequests.increment() }

    /// Counts a push's acknowledgements by outcome (and its conflicts).
    func record(_ acknowledgements: [OperationAcknowledgement]) {
        var counts: [AcknowledgementOutcome: Int] = [:]
        for acknowledgement in acknowledgements { counts[acknowledgement.outcome, default: 0] += 1 }
        for (outcome, count) in counts { opsReceived[outcome]?.increment(by: count) }
        if let conflicted = counts[.conflict] { conflicts.increment(by: conflicted) }
    }

    /// How long one push took to answer.
    func recordPushDuration(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        pushDuration.recordNanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    /// Sets the per-kiosk gauges from the store's summaries.
    /// The pushing kiosk's gauges from what its push just did (no query about the other kiosks).
    func refresh(kioskID: String, after result: IngestResult, at instant: Date) {
        let dimensions = [("kiosk", kioskID)]
        Metrics.Gauge(label: Names.kioskLastSeen, dimensions: dimensions, factory: factory).record(instant.timeIntervalSince1970)
        if let lag = result.lagMillis {
            Metrics.Gauge(label: Names.kioskLag, dimensions: dimensions, factory: factory).record(Double(lag) / 1000)
        }
        Metrics.Gauge(label: Names.kioskMissing, dimensions: dimensions, factory: factory).record(Double(result.missing))
    }

    func refresh(_ summaries: [KioskSummary]) {
        for summary in summaries {
            let dimensions = [("kiosk", summary.kioskID)]
            Metrics.Gauge(label: Names.kioskLastSeen, dimensions: dimensions, factory: factory).record(Double(summary.lastSeenMillis) / 1000)
            Metrics.Gauge(label: Names.kioskLag, dimensions: dimensions, factory: factory).record(Double(summary.lagMillis) / 1000)
            Metrics.Gauge(label: Names.kioskMissing, dimensions: dimensions, factory: factory).record(Double(summary.missing))
        }
    }
}
