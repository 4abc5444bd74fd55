import CentralStore
import Hummingbird
import SyncProtocol

/// `GET /health`: 200 `ok` when the storage answers a ping, 503 `degraded` when it does not.
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
        let response = HealthResponse(status: healthy ? "ok" : "degraded", storage: storage.kind, centralClock: await clock.tick())
        return try WireResponse.json(response, status: healthy ? .ok : .serviceUnavailable)
    }
}
