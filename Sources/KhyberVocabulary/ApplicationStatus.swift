/// Where an application is, from the kiosk's commit to collection. The raw values are the words both
/// databases store and the wire carries (`StatusChange.status`, `ApplicationSubmission.status`).
public enum ApplicationStatus: String, Codable, Hashable, Sendable, CaseIterable {
    /// Committed on this kiosk, not yet acknowledged by the central store.
    case savedOnKiosk = "saved-on-kiosk"
    /// Handed to the network; acknowledgement pending.
    case sent
    /// The central store acknowledged it.
    case received
    case inReview = "in-review"
    case approved
    case rejected
    case readyForCollection = "ready-for-collection"

    /// The statuses the central store keeps (an application reaches it as `received`).
    public static let centralStatuses: [ApplicationStatus] = [.received, .inReview, .approved, .rejected, .readyForCollection]

    /// True for a status the central store keeps.
    public var isKeptByCentral: Bool { Self.centralStatuses.contains(self) }
}
