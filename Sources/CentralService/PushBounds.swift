import CentralStore
import Foundation
import SyncProtocol

/// The checks a push passes before it is stored or logged: a canonical kiosk id on the batch and on
/// every operation, sequence numbers within `WireBounds.maxSequenceAhead` of what the central holds for
/// that kiosk, and clocks no further ahead than the drift guard (`HybridLogicalClock`) allows. Each
/// failure is a permanent 400 with a plain reason; the kiosk then isolates the operation by halving.
enum PushBounds {
    /// The kiosk ids, and the clocks against `now`.
    static func checkShape(_ push: PushRequest, now: Date) throws(SyncFailure) {
        guard WireBounds.isCanonicalKioskID(push.kioskID), push.operations.allSatisfy({ WireBounds.isCanonicalKioskID($0.kioskID) }) else {
            throw .badRequest(WireBounds.kioskIDProblem)
        }
        let wall = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        let limit = wall + HybridLogicalClock(last: .zero).maximumForwardDriftMillis
        let newest = max(push.sentAt.wallMillis, push.operations.map(\.hlc.wallMillis).max() ?? 0)
        if newest > limit {
            let ahead = (newest - wall) / 1000
            throw .badRequest(
                "the kiosk's clock is \(ahead) s ahead of the central's (more than \((limit - wall) / 1000) s); set the kiosk's clock and send again"
            )
        }
    }

    /// Sequence numbers: at least 1, and at most `WireBounds.maxSequenceAhead` beyond `highest`, the
    /// highest the central holds for the kiosk.
    static func checkSequences(_ push: PushRequest, highest: Int64) throws(SyncFailure) {
        let ceiling = highest > Int64.max - WireBounds.maxSequenceAhead ? Int64.max : highest + WireBounds.maxSequenceAhead
        for operation in push.operations where operation.sequence > ceiling {
            throw .badRequest(
                "sequence \(operation.sequence) is too far ahead: the central holds up to \(highest) for this kiosk and takes at most \(WireBounds.maxSequenceAhead) more"
            )
        }
    }
}
