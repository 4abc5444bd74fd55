import Foundation
import Prometheus
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

    /// The trust bundle families' help text.
    enum TrustHelp {
        static let version = "Version of the newest published trust bundle (0: none published)."
        static let expiresIn = "Seconds until the newest published trust bundle expires; negative once it has expired."
        static let state = "1 for the newest published trust bundle's state (current, expiring-soon, expired, none), 0 for the others."
    }

    /// Sets the trust bundle gauges from `/health`'s grading, each family with its help text.
    func refreshTrust(_ status: TrustBundleStatus, now: Date) {
        registry.makeGauge(descriptor: Self.descriptor(TrustNames.version, TrustHelp.version)).set(Double(status.version ?? 0))
        if let expires = status.expiresAtMillis {
            registry.makeGauge(descriptor: Self.descriptor(TrustNames.expiresIn, TrustHelp.expiresIn))
                .set(Double(expires) / 1000 - now.timeIntervalSince1970)
        }
        for state in ["current", "expiring-soon", "expired", "none"] {
            registry.makeGauge(descriptor: Self.descriptor(TrustNames.state, TrustHelp.state), labels: [("state", state)])
                .set(state == status.state ? 1.0 : 0.0)
        }
    }
}
