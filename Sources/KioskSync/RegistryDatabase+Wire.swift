import Foundation
import KioskStore
import SyncProtocol

/// The registry seen through the sync protocol: the wire messages in and out, mapped to and from the
/// registry's own types (`PushMapping`, `PulledPageMapping`). The engine and the sync tests use these.
extension RegistryDatabase {
    /// The next operations to push, in (kiosk, sequence) order: not acknowledged, not failed.
    public func operationsToSend(limit: Int) async throws(RegistryError) -> [PushOperation] {
        try await pendingOperations(limit: limit).map(PushMapping.pushOperation)
    }

    /// Applies a push's acknowledgements in ONE transaction (see `recordDeliveries`), taking in the
    /// central's clock.
    @discardableResult
    public func recordAcknowledgements(_ response: PushResponse, at instant: Date) async throws(RegistryError) -> AcknowledgementTally {
        try await recordDeliveries(response.acknowledgements.map(PushMapping.delivery), centralClock: response.centralClock, at: instant)
    }

    /// Applies one pulled page with its cursor in ONE transaction (see `applyPulledPage`). Changes the
    /// kiosk cannot use are counted as skipped; the cursor moves past them.
    @discardableResult
    public func applyPulledChanges(
        _ response: PullResponse, scope: String, fromCursor: Int64, at instant: Date
    ) async throws(RegistryError) -> PulledChangeTally {
        let (page, unusable) = PulledPageMapping.page(from: response)
        var tally = try await applyPulledPage(page, scope: scope, fromCursor: fromCursor, at: instant)
        if tally.applied { tally.skipped += unusable }
        return tally
    }

    /// The same, with a verified trust bundle stored in the same transaction (a field camp's downward bundle).
    @discardableResult
    public func applyPulledChanges(
        _ response: PullResponse, scope: String, fromCursor: Int64, at instant: Date, storing trust: TrustBundleToStore?
    ) async throws(RegistryError) -> PulledChangeTally {
        let (page, unusable) = PulledPageMapping.page(from: response)
        var tally = try await applyPulledPage(page, scope: scope, fromCursor: fromCursor, at: instant, storing: trust)
        if tally.applied { tally.skipped += unusable }
        return tally
    }

    /// Count and `ConvergenceDigest` of this kiosk's ACKNOWLEDGED operations, in sequence order: after a
    /// quiet period they equal the central's for the same kiosk.
    public func convergence(kioskID: String) throws(RegistryError) -> (operations: Int, digest: String) {
        let hashes = try acknowledgedPayloadHashes(kioskID: kioskID)
        return (hashes.count, ConvergenceDigest.of(payloadHashesInSequenceOrder: hashes))
    }
}
