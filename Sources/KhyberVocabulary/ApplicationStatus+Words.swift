extension ApplicationStatus {
    /// Words for the citizen (and the back office's lists): the kiosk and the central show the same.
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

    /// The words for a stored status word; the word itself when it is not a status.
    public static func words(for storedWord: String) -> String {
        ApplicationStatus(rawValue: storedWord)?.words ?? storedWord
    }
}
