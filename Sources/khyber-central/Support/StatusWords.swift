/// Words for the statuses the central store knows — the same words the kiosk shows (`ApplicationStatus.words`).
enum StatusWords {
    static func words(_ status: String) -> String {
        switch status {
        case "received": "Received"
        case "in-review": "In review"
        case "approved": "Approved"
        case "rejected": "Rejected"
        case "ready-for-collection": "Ready for collection"
        default: status
        }
    }

    /// The demo's one step forward (received → in-review → approved → ready-for-collection); nil at the end.
    static func nextForDemo(_ status: String) -> String? {
        switch status {
        case "received": "in-review"
        case "in-review": "approved"
        case "approved": "ready-for-collection"
        default: nil
        }
    }
}
