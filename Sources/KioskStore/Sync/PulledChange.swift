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
    /// A citizen's PIN verifier or lock-out state, set at another kiosk of the citizen's district.
    case pin(PulledPIN)
}

/// A PIN as the central sent it: the newest verifier (with its try count and lock) and the newest
/// lock-out state, each with the clock reading that made it. The kiosk takes in only what is newer than
/// what it holds, so a PIN it set itself later is never overwritten by an older one from elsewhere.
public struct PulledPIN: Hashable, Sendable {
    public var cnic: CNIC
    /// The verifier and the state that came with it; nil when the central only knows a lock-out state.
    public var credential: PINCredential?
    public var changedHLC: HLCTimestamp?
    public var failedAttempts: Int
    public var lockedUntil: Date?
    public var stateHLC: HLCTimestamp

    public init(cnic: CNIC, credential: PINCredential?, changedHLC: HLCTimestamp?, failedAttempts: Int, lockedUntil: Date?, stateHLC: HLCTimestamp) {
        self.cnic = cnic
        self.credential = credential
        self.changedHLC = changedHLC
        self.failedAttempts = failedAttempts
        self.lockedUntil = lockedUntil
        self.stateHLC = stateHLC
    }
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
