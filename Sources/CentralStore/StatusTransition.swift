import KhyberVocabulary

/// The back office's status moves as the central store checks them: the words it stores against
/// `ApplicationStatus` and its `backOfficeMoves` (received → in-review, in-review → approved or rejected,
/// approved → ready-for-collection).
public enum StatusTransition {
    /// Every status word the central store knows (`StatusChange.status`).
    public static let statuses: Set<String> = Set(ApplicationStatus.centralStatuses.map(\.rawValue))

    /// True when an application may go from `from` to `to`.
    public static func isAllowed(from: String, to: String) -> Bool {
        guard let from = ApplicationStatus(rawValue: from), let to = ApplicationStatus(rawValue: to) else { return false }
        return from.mayMove(to: to)
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
