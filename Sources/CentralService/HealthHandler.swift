import CentralStore
import Foundation
import Hummingbird
import SyncProtocol

/// `GET /health`: 200 `ok` when the storage answers a ping, 503 `degraded` when it does not; `trustBundle` grades
/// the published trust bundle (`current`, `expiring-soon`, `expired`, `none`) without changing the status.
struct HealthHandler: Sendable {
    let storage: any CentralStorage
    let clock: CentralClock

    func handle(_ request: Request, context: CentralRequestContext) async throws -> Response {
        let healthy: Bool
        do {
            try await storage.ping()
            healthy = true
        } catch {
            context.logger.warning("health: storage does not answer", metadata: ["error": .string(error.description)])
            healthy = false
        }
        let trust = healthy ? TrustBundleHealth.status(try? await storage.latestTrustBundleSummary(), now: Date()) : nil
        let response = HealthResponse(
            status: healthy ? "ok" : "degraded", storage: storage.kind, centralClock: await clock.tick(), trustBundle: trust)
        return try WireResponse.json(response, status: healthy ? .ok : .serviceUnavailable)
    }
}
