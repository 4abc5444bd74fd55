import SyncProtocol

/// Who a change-log row is for: one kiosk (status changes of its applications), one district (registry
/// records) or every kiosk (trust-list changes). Stored as text in the `scope` column.
enum ChangeScope {
    static let global = "global"

    static func kiosk(_ kioskID: String) -> String { "kiosk:" + kioskID }

    static func district(_ code: Int) -> String { "district:\(code)" }

    /// The scopes a pull request sees: its kiosk, its districts, and the global scope.
    static func visible(to request: PullRequest) -> [String] {
        [kiosk(request.kioskID), global] + Set(request.districts).sorted().map(district)
    }
}
