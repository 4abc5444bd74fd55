import CentralStore
import Hummingbird
import SyncProtocol

/// `POST /v1/pull`: one page of changes for the asking kiosk after its cursor.
struct PullHandler: Sendable {
    let storage: any CentralStorage
    let clock: CentralClock
    let metrics: CentralMetrics

    func handle(_ request: Request, context: CentralRequestContext) async throws -> Response {
        metrics.pullReceived()
        var request = request
        var pull = try WireRequest.decode(PullRequest.self, from: try await WireRequest.body(of: &request))
        try WireRequest.checkVersion(pull.protocolVersion)
        if let problem = WireBounds.problem(in: pull) { throw SyncFailure.badRequest(problem) }
        let kiosk = context.kiosk ?? .unverified
        try kiosk.check(claimedKioskID: pull.kioskID)
        pull.districts = PullScope.districts(asked: pull.districts, kiosk: kiosk)
        guard pull.cursor >= 0 else { throw SyncFailure.badRequest("the cursor must be 0 or more") }
        guard pull.limit >= 1 else { throw SyncFailure.badRequest("the limit must be at least 1") }
        pull.limit = min(pull.limit, SyncWire.maxChangesPerPull)

        let page: ChangePage
        do {
            page = try await storage.changes(for: pull)
        } catch {
            context.logger.error("pull not answered", metadata: ["kiosk": .string(pull.kioskID), "error": .string(error.description)])
            throw SyncFailure(storage: error)
        }
        let centralClock = await clock.tick()
        // The trust bundle's version rides along; a storage hiccup here never fails the pull.
        let trustBundleVersion = try? await storage.latestTrustBundleSummary()?.version
        return try WireResponse.json(
            PullResponse(
                centralClock: centralClock, changes: page.changes, nextCursor: page.nextCursor, hasMore: page.hasMore,
                trustBundleVersion: trustBundleVersion),
            for: request
        )
    }
}
