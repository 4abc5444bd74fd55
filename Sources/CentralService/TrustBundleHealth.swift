import CentralStore
import Foundation
import ProvincialTrust
import SyncProtocol

/// How the central grades its published bundle for `/health` and metrics: the same graded expiry kiosks use.
enum TrustBundleHealth {
    /// Operators are warned this long before the published bundle expires.
    static let warningWindow: TimeInterval = 14 * 86_400

    static func status(_ summary: TrustBundleSummary?, now: Date) -> TrustBundleStatus {
        guard let summary else {
            return TrustBundleStatus(state: "none", warning: "no trust bundle is published: kiosks cannot learn whom to trust")
        }
        let freshness = TrustBundleFreshness.grade(expiresAt: summary.expiresAt, now: now, warningWindow: warningWindow)
        return TrustBundleStatus(
            state: freshness.code, version: summary.version,
            expiresAtMillis: Int64((summary.expiresAt.timeIntervalSince1970 * 1000).rounded(.down)),
            warning: freshness.warning.map { "published bundle \(summary.version): \($0)" })
    }
}
