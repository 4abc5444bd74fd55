import CentralService
import CentralStore
import Foundation
import Logging

/// `serve --demo-progress`: a pretend back office that moves every application one status on each
/// interval, through `storage.advance` (so kiosks get real status changes to pull).
struct DemoProgress: Sendable {
    let storage: any CentralStorage
    let clock: CentralClock
    let interval: Double
    let logger: Logger

    /// Runs until cancelled.
    func run() async {
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: .milliseconds(Int64(interval * 1000)))
            } catch {
                return
            }
            await step()
        }
    }

    /// One step for every application that has a next status.
    func step() async {
        let applications: [CentralApplication]
        do {
            applications = try await storage.applications(limit: 1_000_000)
        } catch {
            logger.warning("demo progress: applications not read", metadata: ["error": .string(error.description)])
            return
        }
        var moved = 0
        for application in applications {
            guard !Task.isCancelled else { return }
            guard let next = StatusWords.nextForDemo(application.status) else { continue }
            do {
                _ = try await storage.advance(tracking: application.tracking, to: next, at: Date(), hlc: await clock.tick())
                moved += 1
            } catch {
                // Another server sharing the database may have moved it first.
                logger.notice("demo progress: not moved", metadata: ["tracking": .string(application.tracking), "error": .string(error.description)])
            }
        }
        if moved > 0 { logger.info("demo progress: applications moved one step", metadata: ["count": .stringConvertible(moved)]) }
    }
}
