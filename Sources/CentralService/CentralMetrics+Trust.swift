import Foundation
import Metrics
import SyncProtocol

extension CentralMetrics {
    /// The trust bundle metric names.
    public enum TrustNames {
        /// The published bundle's version (0: none).
        public static let version = "khyber_trust_bundle_version"
        /// Seconds until the published bundle expires (negative once expired).
        public static let expiresIn = "khyber_trust_bundle_expires_in_seconds"
        /// 1 for the published bundle's state (`current`, `expiring-soon`, `expired`, `none`), 0 for the others.
        public static let state = "khyber_trust_bundle_state"
    }

    /// Sets the trust bundle gauges from `/health`'s grading.
    func refreshTrust(_ status: TrustBundleStatus, now: Date) {
        Metrics.Gauge(label: TrustNames.version, factory: factory).record(Double(status.version ?? 0))
        if let expires = status.expiresAtMillis {
            Metrics.Gauge(label: TrustNames.expiresIn, factory: factory).record(Double(expires) / 1000 - now.timeIntervalSince1970)
        }
        for state in ["current", "expiring-soon", "expired", "none"] {
            Metrics.Gauge(label: TrustNames.state, dimensions: [("state", state)], factory: factory).record(state == status.state ? 1 : 0)
        }
    }
}
