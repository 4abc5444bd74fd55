import Foundation
import IdentityCore
import KhyberVocabulary

/// One change the central store sent, already checked and in the registry's own terms (the sync engine
/// turns wire records into these and counts the ones it could not use).
public enum PulledChange: Hashable, Sendable {
    /// An application of this kiosk moved to `status`.
    case status(applicationID: String, ApplicationStatus, changedAt: Date)
    /// A registry record to add or replace (its PIN, if the kiosk holds one, stays).
    case citizen(Citizen)
    /// A pass signer to trust.
    case trustedSigner(SyncedSigner)
    /// A pass signer no longer to trust.
    case signerRemoved(SyncedSigner)
    /// A pass serial no longer valid.
    case passRevoked(serial: Int64, revokedAt: Date)
}

/// One page of pulled changes, with the cursor to store after it and the central's clock.
public struct PulledPage: Hashable, Sendable {
    public var changes: [PulledChange]
    /// The cursor that covers this page.
    public var nextCursor: Int64
    /// The central's hybrid logical clock when it answered (the kiosk takes it in).
    public var centralClock: HLCTimestamp

    public init(changes: [PulledChange], nextCursor: Int64, centralClock: HLCTimestamp) {
        self.changes = changes
        self.nextCursor = nextCursor
        self.centralClock = centralClock
    }
}
