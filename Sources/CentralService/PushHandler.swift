import CentralStore
import Foundation
import Hummingbird
import Logging
import SyncProtocol

/// `POST /v1/push`: checks the batch, takes the kiosk's clock in, stores the operations and answers one
/// acknowledgement per operation. Conflicts are logged (kiosk, op id, sequence — never the payload).
struct PushHandler: Sendable {
    let storage: any CentralStorage
    let clock: CentralClock
    let metrics: CentralMetrics
    let fees: ServiceFees?

    func handle(_ request: Request, context: CentralRequestContext) async throws -> Response {
        metrics.pushReceived()
        let start = ContinuousClock.now
        defer { metrics.recordPushDuration(ContinuousClock.now - start) }

        var request = request
        let push = try WireRequest.decode(PushRequest.self, from: try await WireRequest.body(of: &request))
        try WireRequest.checkVersion(push.protocolVersion)
        try Self.checkSize(push)
        try PushBounds.checkShape(push, now: Date())
        let kiosk = context.kiosk ?? .unverified
        try kiosk.check(claimedKioskID: push.kioskID)
        try await checkSequences(push, context: context)
        let split = PushRules.split(push, kiosk: kiosk, fees: fees, now: Date())

        let centralClock = await clock.receive(push.sentAt)
        var result: IngestResult
        do {
            result = try await storage.ingest(split.allowed, receivedAt: Date())
            result.acknowledgements = PushRules.merge(split, stored: result.acknowledgements, count: push.operations.count)
        } catch {
            context.logger.error("push not stored", metadata: ["kiosk": .string(push.kioskID), "error": .string(error.description)])
            throw SyncFailure(storage: error)
        }
        metrics.record(result.acknowledgements)
        for acknowledgement in split.refused.values {
            context.logger.warning(
                "operation refused by the central's rules",
                metadata: ["kiosk": .string(push.kioskID), "op": .string(acknowledgement.opID), "reason": .string(acknowledgement.reason ?? "")]
            )
        }
        for acknowledgement in result.acknowledgements where acknowledgement.outcome == .conflict {
            context.logger.warning(
                "conflicting operation not stored",
                metadata: [
                    "kiosk": .string(push.kioskID), "op": .string(acknowledgement.opID),
                    "sequence": .stringConvertible(acknowledgement.sequence),
                ]
            )
        }
        metrics.refresh(kioskID: push.kioskID, after: result, at: Date())
        return try WireResponse.json(
            PushResponse(
                centralClock: centralClock, acknowledgements: result.acknowledgements, gaps: result.gaps,
                highestSequence: result.highestSequence
            ),
            for: request
        )
    }

    /// Sequence numbers within reach of what the store holds for this kiosk (`PushBounds`).
    private func checkSequences(_ push: PushRequest, context: CentralRequestContext) async throws {
        guard let lookup = storage as? any KioskSequenceLookup else { return }
        let highest: Int64
        do {
            highest = try await lookup.highestSequence(kioskID: push.kioskID)
        } catch {
            context.logger.error("push not checked", metadata: ["kiosk": .string(push.kioskID), "error": .string(error.description)])
            throw SyncFailure(storage: error)
        }
        try PushBounds.checkSequences(push, highest: highest)
    }

    /// 1 … `SyncWire.maxOperationsPerPush` operations.
    static func checkSize(_ push: PushRequest) throws(SyncFailure) {
        if push.operations.isEmpty {
            throw .badRequest("the push carries no operations; send at least one")
        }
        if push.operations.count > SyncWire.maxOperationsPerPush {
            throw .badRequest(
                "the push carries \(push.operations.count) operations; at most \(SyncWire.maxOperationsPerPush) fit in one push"
            )
        }
    }
}
