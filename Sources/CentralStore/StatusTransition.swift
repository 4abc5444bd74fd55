/// The back office's allowed status moves for an application on the central store:
/// received → in-review, in-review → approved, in-review → rejected, approved → ready-for-collection.
public enum StatusTransition {
    /// Every status word the central store knows (`StatusChange.status`).
    public static let statuses: Set<String> = ["received", "in-review", "approved", "rejected", "ready-for-collection"]

    /// The allowed moves, from → the statuses it may go to.
    public static let allowed: [String: Set<String>] = [
        "received": ["in-review"],
        "in-review": ["approved", "rejected"],
        "approved": ["ready-for-collection"],
    ]

    /// True when an application may go from `from` to `to`.
    public static func isAllowed(from: String, to: String) -> Bool {
        allowed[from]?.contains(to) ?? false
    }

    /// Throws `.invalid` for a status word it does not know and `.invalidTransition` for a move the back
    /// office may not make.
    public static func check(from: String, to: String) throws(CentralStorageError) {
        guard statuses.contains(to) else {
            throw .invalid("\"\(to.prefix(40))\" is not an application status (known: \(statuses.sorted().joined(separator: ", ")))")
        }
        guard statuses.contains(from) else {
            throw .invalid("the stored status \"\(from.prefix(40))\" is not an application status")
        }
        guard isAllowed(from: from, to: to) else { throw .invalidTransition(from: from, to: to) }
    }
}
