import CentralStore
import Foundation
import Prometheus
import SyncProtocol

/// The service's metrics: Prometheus instruments in this instance's own `PrometheusCollectorRegistry`,
/// each family with its help text — no global `MetricsSystem.bootstrap` needed, so one
/// process can run many apps (tests do). `/metrics` renders `registry` in the Prometheus text format.
///
/// The per-kiosk gauges describe the STORE (from `kioskSummaries()`), not this instance: every instance
/// sharing one PostgreSQL reports the same values.
public final class CentralMetrics: Sendable {
    /// Where every instrument lives; render it with `emitToString()`.
    public let registry: PrometheusCollectorRegistry
    /// A swift-metrics factory over the same registry (for other instruments; ours are made straight in the
    /// registry with their help text, and must not be made again through it under the same names).
    public let factory: PrometheusMetricsFactory

    private let opsReceived: [AcknowledgementOutcome: Prometheus.Counter]
    private let pushRequests: Prometheus.Counter
    private let pullRequests: Prometheus.Counter
    private let conflicts: Prometheus.Counter
    private let pushDuration: Prometheus.DurationHistogram

    /// Makes every instrument, at zero, in a fresh registry (or the one given). Every family is made
    /// here first, straight in the registry with its `Help` text, so `/metrics` carries a `# HELP` and a
    /// `# TYPE` line for each (what `promtool check metrics` asks for).
    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        self.factory = PrometheusMetricsFactory(registry: registry)
        var ops: [AcknowledgementOutcome: Prometheus.Counter] = [:]
        for outcome in AcknowledgementOutcome.allCases {
            ops[outcome] = registry.makeCounter(descriptor: Self.descriptor(Names.opsReceived, Help.opsReceived), labels: [("outcome", outcome.rawValue)])
        }
        self.opsReceived = ops
        self.pushRequests = registry.makeCounter(descriptor: Self.descriptor(Names.pushRequests, Help.pushRequests))
        self.pullRequests = registry.makeCounter(descriptor: Self.descriptor(Names.pullRequests, Help.pullRequests))
        self.conflicts = registry.makeCounter(descriptor: Self.descriptor(Names.conflicts, Help.conflicts))
        self.pushDuration = registry.makeDurationHistogram(
            descriptor: Self.descriptor(Names.pushDuration, Help.pushDuration),
            buckets: [
                .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
                .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5), .seconds(10), .seconds(30),
            ]
        )
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

    /// The `# HELP` text of each family (one sentence; Prometheus shows it beside the graph).
    public enum Help {
        public static let opsReceived = "Pushed operations received, by what the central did with them."
        public static let pushRequests = "Push requests received."
        public static let pullRequests = "Pull requests received."
        public static let pushDuration = "Time to answer a push, in seconds."
        public static let conflicts = "Pushed operations refused as conflicts (an id or sequence already stored with other content)."
        public static let kioskLastSeen = "When the kiosk last pushed, in seconds since 1970."
        public static let kioskLag = "Receive time minus the kiosk's newest accepted operation's clock, in seconds."
        public static let kioskMissing = "Sequence numbers of the kiosk below its highest that the central does not hold."
    }

    /// The Prometheus text exposition of every instrument.
    public func render() -> String { registry.emitToString() }

    func pushReceived() { pushRequests.increment() }
    func pullReceived() { pullRequests.increment() }

    /// Counts a push's acknowledgements by outcome (and its conflicts).
    func record(_ acknowledgements: [OperationAcknowledgement]) {
        var counts: [AcknowledgementOutcome: Int] = [:]
        for acknowledgement in acknowledgements { counts[acknowledgement.outcome, default: 0] += 1 }
        for (outcome, count) in counts { opsReceived[outcome]?.increment(by: Int64(count)) }
        if let conflicted = counts[.conflict] { conflicts.increment(by: Int64(conflicted)) }
    }

    /// How long one push took to answer.
    func recordPushDuration(_ duration: Duration) {
        pushDuration.record(duration)
    }

    /// The pushing kiosk's gauges from what its push just did (no query about the other kiosks).
    func refresh(kioskID: String, after result: IngestResult, at instant: Date) {
        gauge(Names.kioskLastSeen, Help.kioskLastSeen, kioskID).set(instant.timeIntervalSince1970)
        if let lag = result.lagMillis { gauge(Names.kioskLag, Help.kioskLag, kioskID).set(Double(lag) / 1000) }
        gauge(Names.kioskMissing, Help.kioskMissing, kioskID).set(Double(result.missing))
    }

    /// Sets the per-kiosk gauges from the store's summaries.
    func refresh(_ summaries: [KioskSummary]) {
        for summary in summaries {
            gauge(Names.kioskLastSeen, Help.kioskLastSeen, summary.kioskID).set(Double(summary.lastSeenMillis) / 1000)
            gauge(Names.kioskLag, Help.kioskLag, summary.kioskID).set(Double(summary.lagMillis) / 1000)
            gauge(Names.kioskMissing, Help.kioskMissing, summary.kioskID).set(Double(summary.missing))
        }
    }

    private func gauge(_ name: String, _ help: String, _ kioskID: String) -> Prometheus.Gauge {
        registry.makeGauge(descriptor: Self.descriptor(name, help), labels: [("kiosk", kioskID)])
    }

    /// A family named exactly `name` (our names already end in their unit) with its help text.
    static func descriptor(_ name: String, _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(metricName: name, unitName: "", helpText: help)
    }
}
