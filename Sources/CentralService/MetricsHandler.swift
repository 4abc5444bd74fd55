import CentralStore
import Foundation
import Hummingbird

/// `GET /metrics`: the Prometheus text format. The per-kiosk gauges are refreshed from the store first,
/// so every instance sharing a database reports the same values. Only for a scraper with the metrics
/// token (`MetricsAccess`).
struct MetricsHandler: Sendable {
    let storage: any CentralStorage
    let metrics: CentralMetrics
    let access: MetricsAccess

    func handle(_ request: Request, context: CentralRequestContext) async throws -> Response {
        try access.check(request)
        do {
            metrics.refresh(try await storage.kioskSummaries())
        } catch {
            context.logger.notice("metrics: kiosk gauges not refreshed", metadata: ["error": .string(error.description)])
        }
        metrics.refreshTrust(TrustBundleHealth.status(try? await storage.latestTrustBundleSummary(), now: Date()), now: Date())
        return WireResponse.text(metrics.render(), contentType: "text/plain; version=0.0.4; charset=utf-8")
    }
}
