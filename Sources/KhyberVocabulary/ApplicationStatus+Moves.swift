extension ApplicationStatus {
    /// The statuses the back office may move an application to from this one:
    /// received → in-review, in-review → approved or rejected, approved → ready-for-collection.
    public var backOfficeMoves: Set<ApplicationStatus> {
        switch self {
        case .received: [.inReview]
        case .inReview: [.approved, .rejected]
        case .approved: [.readyForCollection]
        case .savedOnKiosk, .sent, .rejected, .readyForCollection: []
        }
    }

    /// True when the back office may move an application from this status to `next`.
    public func mayMove(to next: ApplicationStatus) -> Bool {
        backOfficeMoves.contains(next)
    }

    /// The demo's one step forward (received → in-review → approved → ready-for-collection); nil at the end.
    public var nextForDemo: ApplicationStatus? {
        switch self {
        case .received: .inReview
        case .inReview: .approved
        case .approved: .readyForCollection
        case .savedOnKiosk, .sent, .rejected, .readyForCollection: nil
        }
    }
}
