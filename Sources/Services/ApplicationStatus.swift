/// Where an application is, from the kiosk's commit to collection.
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

    /// Words for the citizen.
    public var words: String {
        switch self {
        case .savedOnKiosk: "Saved on this kiosk"
        case .sent: "Sent"
        case .received: "Received"
        case .inReview: "In review"
        case .approved: "Approved"
        case .rejected: "Rejected"
        case .readyForCollection: "Ready for collection"
        }
    }
}
