import KioskStore

/// What one sync round did, for `khyber-kiosk sync` and the logs.
public struct SyncRoundReport: Equatable, Sendable {
    /// Push batches sent and answered.
    public var batches = 0
    public var acknowledgements = AcknowledgementTally()
    public var pulled = PulledChangeTally()
    /// Pull pages applied.
    public var pages = 0
    /// Set when the round stopped early: why (the network, a refusal, the kiosk's own database). The
    /// round's work so far is kept.
    public var stoppedBy: SyncStopReason?
    /// Sequence gaps the central reported for this kiosk after the last push.
    public var centralGaps: [String] = []
    /// What happened to the trust bundle (nil: nothing newer announced, or no trust root pinned).
    public var trustBundle: TrustBundleOutcome?

    public init() {}

    /// True when the round reached the central and finished both directions.
    public var completed: Bool { stoppedBy == nil }
}

/// Where the engine can be made to stop dead, for the crash tests (a fault a test injects, like pulling
/// the plug; never set in service).
public enum SyncFaultPoint: String, Sendable {
    /// The central's acknowledgement has arrived; the kiosk has not committed it yet.
    case afterAcknowledgementBeforeCommit = "exit-after-ack"
    /// A pulled page has arrived; the kiosk has not applied it yet.
    case afterPullBeforeCommit = "exit-after-pull"
}
